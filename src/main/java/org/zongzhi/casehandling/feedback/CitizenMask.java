package org.zongzhi.casehandling.feedback;

import org.zongzhi.casehandling.personaldata.PersonalDataMask;

/**
 * Personal data as it may show outside the centre (the status page, a printed receipt): enough for
 * the citizen to recognise their own case, too little for anyone else to learn who they are.
 */
public final class CitizenMask {

    private CitizenMask() {
    }

    /** 张秀英 → 张*英, 李强 → 李*, 欧阳建国 → 欧**国. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        int[] cps = name.strip().codePoints().toArray();
        if (cps.length == 1) {
            return "*";
        }
        if (cps.length == 2) {
            return new String(cps, 0, 1) + "*";
        }
        return new String(cps, 0, 1) + "*".repeat(cps.length - 2) + new String(cps, cps.length - 1, 1);
    }

    /** 13912345678 → 139****5678; a landline keeps only its last four digits. */
    public static String phone(String phone) {
        return phone == null ? "" : PersonalDataMask.phone(phone);
    }
}
