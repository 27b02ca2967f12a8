package org.zongzhi.casehandling.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * zongzhi.security.*: how logins are counted and locked, and how passwords are hashed and aged.
 * Defaults are those of 等保 2.0 level 3 as the centre applies it; docs/security.md lists them.
 */
@ConfigurationProperties("zongzhi.security")
record LoginSettings(@DefaultValue Login login, @DefaultValue Password password) {

    LoginSettings {
        if (login.maxFailures() < 1 || login.addressMaxFailures() < 1) {
            throw new IllegalArgumentException("zongzhi.security.login.max-failures and address-max-failures must be at least 1");
        }
        if (password.iterations() < 1000) {
            throw new IllegalArgumentException("zongzhi.security.password.iterations must be at least 1000, is "
                    + password.iterations());
        }
    }

    /**
     * @param maxFailures wrong passwords within {@code failureWindow} that lock a person's account
     * @param lockDuration how long the lock lasts; failures during the lock do not extend it
     * @param addressMaxFailures wrong passwords from one address within {@code addressWindow} after
     *     which that address is refused at every login (channel logins are never locked, so this is
     *     what slows a guesser down on them)
     */
    record Login(@DefaultValue("5") int maxFailures,
                 @DefaultValue("15m") Duration failureWindow,
                 @DefaultValue("15m") Duration lockDuration,
                 @DefaultValue("20") int addressMaxFailures,
                 @DefaultValue("1m") Duration addressWindow) {
    }

    /**
     * @param iterations PBKDF2-HMAC-SHA256 rounds of a new hash; older hashes are redone at login
     * @param maxAge after this a person's password must be changed before the next login
     * @param policyEnabled the password policy (8 characters, 3 kinds, not the user id); off only
     *     in the demo profile, whose passwords equal the user ids
     * @param verifiedCacheTtl how long a verified user + password is remembered in memory, so basic
     *     auth on every /api and /engine-rest request does not pay the slow hash again; 0 = never
     */
    record Password(@DefaultValue("310000") int iterations,
                    @DefaultValue("90d") Duration maxAge,
                    @DefaultValue("true") boolean policyEnabled,
                    @DefaultValue("5m") Duration verifiedCacheTtl) {
    }
}
