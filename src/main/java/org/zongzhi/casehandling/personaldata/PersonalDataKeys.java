package org.zongzhi.casehandling.personaldata;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * The keys of citizens' personal data: SM4 keys by id (the current one seals, every one opens, so
 * keys can rotate) and the HMAC-SM3 key of the lookup columns. Written as text, one entry a line
 * (or separated by ';' where only one line fits, as in an environment variable):
 * <pre>
 * current=2
 * sm4.1=&lt;base64 of 16 bytes&gt;
 * sm4.2=&lt;base64 of 16 bytes&gt;
 * lookup=&lt;base64 of 32 bytes&gt;
 * </pre>
 */
public final class PersonalDataKeys {

    static final int SM4_KEY_BYTES = 16;
    static final int LOOKUP_KEY_BYTES = 32;

    private final int currentKeyId;
    private final Map<Integer, byte[]> sm4Keys;
    private final byte[] lookupKey;

    private PersonalDataKeys(int currentKeyId, Map<Integer, byte[]> sm4Keys, byte[] lookupKey) {
        this.currentKeyId = currentKeyId;
        this.sm4Keys = sm4Keys;
        this.lookupKey = lookupKey;
    }

    /** A fresh set: key id 1 and a lookup key, both from a strong random source. */
    public static PersonalDataKeys generate() {
        SecureRandom random = new SecureRandom();
        byte[] sm4 = new byte[SM4_KEY_BYTES];
        byte[] lookup = new byte[LOOKUP_KEY_BYTES];
        random.nextBytes(sm4);
        random.nextBytes(lookup);
        return new PersonalDataKeys(1, new TreeMap<>(Map.of(1, sm4)), lookup);
    }

    /**
     * Reads the text form. Fails naming the entry that is wrong, never printing a key: a server
     * must not start with keys it cannot use, or it would write what nobody can read again.
     */
    public static PersonalDataKeys parse(String text, String origin) {
        Integer current = null;
        Map<Integer, byte[]> sm4 = new TreeMap<>();
        byte[] lookup = null;
        // A '#' line is a comment as a whole, ';' in it included; elsewhere ';' separates entries.
        for (String line : text.lines().map(String::strip).filter(l -> !l.startsWith("#"))
                .flatMap(l -> Arrays.stream(l.split(";"))).map(String::strip).toList()) {
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalStateException("Personal-data key " + origin + ": an entry without '=' (expected "
                        + "current=, sm4.<id>= or lookup=)");
            }
            String name = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (name.equals("current")) {
                current = keyId(value, origin);
            } else if (name.startsWith("sm4.")) {
                sm4.put(keyId(name.substring(4), origin), decode(value, SM4_KEY_BYTES, name, origin));
            } else if (name.equals("lookup")) {
                lookup = decode(value, LOOKUP_KEY_BYTES, name, origin);
            } else {
                throw new IllegalStateException("Personal-data key " + origin + ": unknown entry '" + name
                        + "' (expected current, sm4.<id> or lookup)");
            }
        }
        if (sm4.isEmpty() || lookup == null) {
            throw new IllegalStateException("Personal-data key " + origin + " needs at least one sm4.<id> key and "
                    + "the lookup key");
        }
        int chosen = current != null ? current : sm4.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        if (!sm4.containsKey(chosen)) {
            throw new IllegalStateException("Personal-data key " + origin + ": current=" + chosen
                    + " names no sm4." + chosen + " entry");
        }
        return new PersonalDataKeys(chosen, sm4, lookup);
    }

    /** The text form, as written to a generated key file. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append("# Keys of citizens' personal data (SM4 at rest, HMAC-SM3 lookups). Keep outside the database,\n")
                .append("# back up with the same care; without them the phones and ID numbers cannot be read.\n")
                .append("current=").append(currentKeyId).append('\n');
        sm4Keys.forEach((id, key) -> out.append("sm4.").append(id).append('=')
                .append(Base64.getEncoder().encodeToString(key)).append('\n'));
        out.append("lookup=").append(Base64.getEncoder().encodeToString(lookupKey)).append('\n');
        return out.toString();
    }

    int currentKeyId() {
        return currentKeyId;
    }

    byte[] sm4Key(int id) {
        byte[] key = sm4Keys.get(id);
        if (key == null) {
            throw new IllegalStateException("A value is sealed with personal-data key sm4." + id
                    + ", which is not configured: add the old key back (rotation keeps old keys)");
        }
        return key;
    }

    byte[] lookupKey() {
        return lookupKey;
    }

    @Override
    public String toString() {
        return "PersonalDataKeys[current=" + currentKeyId + ", ids=" + sm4Keys.keySet() + "]";
    }

    private static int keyId(String text, String origin) {
        try {
            int id = Integer.parseInt(text.strip());
            if (id > 0 && id < 10_000) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException("Personal-data key " + origin + ": key id '" + text
                + "' is not a number from 1 to 9999");
    }

    private static byte[] decode(String value, int length, String name, String origin) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Personal-data key " + origin + ": " + name + " is not base64");
        }
        if (bytes.length != length) {
            throw new IllegalStateException("Personal-data key " + origin + ": " + name + " must be " + length
                    + " bytes, is " + bytes.length);
        }
        return bytes;
    }
}
