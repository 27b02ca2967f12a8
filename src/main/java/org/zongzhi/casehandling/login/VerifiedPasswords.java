package org.zongzhi.casehandling.login;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The last password verified per user, remembered for a few minutes so that HTTP basic auth on
 * every /api and /engine-rest request (a channel posts matter after matter) does not pay the slow
 * hash each time. Only an HMAC of user, password and stored hash is kept, under a key that lives in
 * this process's memory only; a changed password changes the stored hash and so misses by itself,
 * also on other nodes. Locks are read from the database before this is asked, so a lock set on
 * another node holds at once. Trade-off (docs/security.md): whoever can read this JVM's memory can
 * test guesses against an entry at HMAC speed instead of PBKDF2 speed, for the entry's lifetime.
 */
final class VerifiedPasswords {

    private static final int MAX_ENTRIES = 10_000;

    private final Duration ttl;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    VerifiedPasswords(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    boolean remembers(String userId, String password, String storedHash) {
        if (ttl.isZero() || storedHash == null) {
            return false;
        }
        Entry entry = entries.get(userId);
        return entry != null && entry.expires.isAfter(clock.instant())
                && MessageDigest.isEqual(entry.mac, mac(userId, password, storedHash));
    }

    void remember(String userId, String password, String storedHash) {
        if (ttl.isZero() || storedHash == null) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            entries.values().removeIf(e -> !e.expires.isAfter(now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(userId, new Entry(mac(userId, password, storedHash), clock.instant().plus(ttl)));
    }

    void forget(String userId) {
        entries.remove(userId);
    }

    private byte[] mac(String userId, String password, String storedHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            // Lengths first, so no two different triples give the same bytes.
            for (String part : new String[] {userId, password, storedHash}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                mac.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                        (byte) (bytes.length >>> 8), (byte) bytes.length});
                mac.update(bytes);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    private record Entry(byte[] mac, Instant expires) {
    }
}
