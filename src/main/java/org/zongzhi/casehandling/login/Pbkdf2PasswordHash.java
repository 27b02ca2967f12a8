package org.zongzhi.casehandling.login;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;

/**
 * PBKDF2-HMAC-SHA256 from the JDK as Camunda's password hash: stored as
 * {@code {PBKDF2-SHA256}iterations$salt$hash}, so the iteration count can be raised later and old
 * hashes still verify (and are redone at the next login, see {@link #isOutdated}). Camunda hands in
 * the password already joined with the user's salt; our own 16-byte salt per hash is on top.
 */
final class Pbkdf2PasswordHash implements PasswordEncryptor {

    static final String NAME = "PBKDF2-SHA256";
    private static final String PREFIX = "{" + NAME + "}";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    Pbkdf2PasswordHash(int iterations) {
        this.iterations = iterations;
    }

    @Override
    public String encrypt(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(derive(password, salt, iterations));
    }

    @Override
    public boolean check(String password, String encrypted) {
        String[] parts = encrypted.split("\\$");
        if (parts.length != 3) {
            return false;
        }
        try {
            int rounds = Integer.parseInt(parts[0]);
            byte[] salt = Base64.getDecoder().decode(parts[1]);
            byte[] expected = Base64.getDecoder().decode(parts[2]);
            return MessageDigest.isEqual(expected, derive(password, salt, rounds));
        } catch (IllegalArgumentException notOurFormat) {
            return false;
        }
    }

    @Override
    public String hashAlgorithmName() {
        return NAME;
    }

    /** Whether a stored hash (with Camunda's prefix) is another algorithm or fewer rounds than now. */
    boolean isOutdated(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return true;
        }
        int end = stored.indexOf('$');
        try {
            return end < 0 || Integer.parseInt(stored.substring(PREFIX.length(), end)) < iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static byte[] derive(String password, byte[] salt, int rounds) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, rounds, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
