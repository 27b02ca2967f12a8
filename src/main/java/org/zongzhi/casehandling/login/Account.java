package org.zongzhi.casehandling.login;

/** What the login guard asks of an account in Camunda's identity tables, inside the engine's command. */
interface Account {

    String id();

    /** A channel's own system (group intake-channel): never locked, throttled by address instead. */
    boolean isChannelLogin();

    /** The stored hash with its algorithm prefix, or null when the user does not exist. */
    String storedHash();

    /** The slow check against the stored hash; false for a user that does not exist. */
    boolean passwordMatches(String password);

    /** Called after a successful login: hashes the password anew if its hash is outdated. */
    void upgradeHash(String password);
}
