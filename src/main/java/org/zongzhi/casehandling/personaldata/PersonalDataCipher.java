package org.zongzhi.casehandling.personaldata;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.stereotype.Component;

/**
 * SM4 in GCM mode for a phone or ID number at rest: a random 96-bit IV per value and a 128-bit tag,
 * so equal numbers look different and a changed byte is refused. Stored as
 * {@code sm4:<key id>:<base64 of IV, ciphertext and tag>}; the key id is authenticated too.
 */
@Component
public class PersonalDataCipher {

    static final String PREFIX = "sm4:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final PersonalDataKeys keys;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(PersonalDataKeys keys) {
        this.keys = keys;
    }

    public String seal(String clear) {
        if (clear == null) {
            return null;
        }
        int keyId = keys.currentKeyId();
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = run(true, keyId, iv, clear.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[IV_BYTES + sealed.length];
        System.arraycopy(iv, 0, out, 0, IV_BYTES);
        System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
        return prefix(keyId) + Base64.getEncoder().encodeToString(out);
    }

    public String open(String stored) {
        if (stored == null) {
            return null;
        }
        if (!isSealed(stored)) {
            throw new IllegalStateException("A personal-data column holds a value that is not sealed (expected "
                    + PREFIX + "<key id>:...); the sealing migration has not run over it");
        }
        int colon = stored.indexOf(':', PREFIX.length());
        int keyId;
        byte[] bytes;
        try {
            keyId = Integer.parseInt(stored.substring(PREFIX.length(), colon));
            bytes = Base64.getDecoder().decode(stored.substring(colon + 1));
        } catch (RuntimeException e) {
            throw new IllegalStateException("A sealed personal-data value is malformed", e);
        }
        if (bytes.length <= IV_BYTES) {
            throw new IllegalStateException("A sealed personal-data value is too short to hold IV and tag");
        }
        byte[] iv = Arrays.copyOfRange(bytes, 0, IV_BYTES);
        byte[] sealed = Arrays.copyOfRange(bytes, IV_BYTES, bytes.length);
        return new String(run(false, keyId, iv, sealed), StandardCharsets.UTF_8);
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX) && stored.indexOf(':', PREFIX.length()) > PREFIX.length();
    }

    /** Whether a stored value is sealed with the current key, or needs the re-encryption run. */
    public boolean isCurrent(String stored) {
        return stored != null && stored.startsWith(prefix(keys.currentKeyId()));
    }

    /** The LIKE pattern of values sealed with the current key. */
    String currentPattern() {
        return prefix(keys.currentKeyId()) + "%";
    }

    private static String prefix(int keyId) {
        return PREFIX + keyId + ":";
    }

    private byte[] run(boolean encrypt, int keyId, byte[] iv, byte[] input) {
        GCMBlockCipher gcm = (GCMBlockCipher) GCMBlockCipher.newInstance(new SM4Engine());
        // The key id is bound to the value: relabelling it as sealed by another key fails.
        byte[] associated = prefix(keyId).getBytes(StandardCharsets.US_ASCII);
        gcm.init(encrypt, new AEADParameters(new KeyParameter(keys.sm4Key(keyId)), TAG_BITS, iv, associated));
        byte[] out = new byte[gcm.getOutputSize(input.length)];
        int length = gcm.processBytes(input, 0, input.length, out, 0);
        try {
            length += gcm.doFinal(out, length);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("A sealed personal-data value failed its integrity check (key sm4."
                    + keyId + "): it was changed or sealed with another key of the same id", e);
        }
        return length == out.length ? out : Arrays.copyOf(out, length);
    }
}
