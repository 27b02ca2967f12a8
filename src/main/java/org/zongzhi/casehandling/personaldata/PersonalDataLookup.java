package org.zongzhi.casehandling.personaldata;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.stereotype.Component;

/**
 * The keyed hash (HMAC-SM3) a phone or ID number is found by: equal numbers give equal lookups,
 * so "the same person" is one indexed comparison, while without the key nobody can test guessed
 * numbers against the column (a plain hash of 11 digits is reversed in minutes).
 */
@Component
public class PersonalDataLookup {

    private final PersonalDataKeys keys;

    public PersonalDataLookup(PersonalDataKeys keys) {
        this.keys = keys;
    }

    /** The lookup of a phone number, whatever way it was typed; null for none. */
    public String phone(String phone) {
        String digits = phoneDigits(phone);
        return digits.isEmpty() ? null : hash("phone:" + digits);
    }

    /** The lookup of a resident ID number (an X check digit in either case); null for none. */
    public String idNumber(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return null;
        }
        return hash("id:" + idNumber.strip().toUpperCase(Locale.ROOT));
    }

    /** The digits of a phone number as typed: "139 1234-5678" and "+86 13912345678" both give 13912345678. */
    public static String phoneDigits(String phone) {
        if (phone == null) {
            return "";
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.length() == 13 && digits.startsWith("86") ? digits.substring(2) : digits;
    }

    private String hash(String text) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(keys.lookupKey()));
        byte[] input = text.getBytes(StandardCharsets.UTF_8);
        mac.update(input, 0, input.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
