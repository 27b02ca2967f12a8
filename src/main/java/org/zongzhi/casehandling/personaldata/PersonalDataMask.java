package org.zongzhi.casehandling.personaldata;

/**
 * Phones and ID numbers as every screen, answer and export shows them unless a handler asked for
 * the full value with a reason: enough to tell two people apart, too little to call or impersonate.
 */
public final class PersonalDataMask {

    private PersonalDataMask() {
    }

    /** 13912345678 → 139****5678; a landline keeps only its last four digits. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = PersonalDataLookup.phoneDigits(phone);
        if (digits.length() == 11 && digits.charAt(0) == '1') {
            return digits.substring(0, 3) + "****" + digits.substring(7);
        }
        if (digits.length() > 4) {
            return "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
        }
        return "*".repeat(digits.length());
    }

    /** 411524196803145020 → 4115**********5020: the county code's start and the last four. */
    public static String idNumber(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        String id = idNumber.strip();
        if (id.length() <= 8) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }
}
