package org.zongzhi.casehandling.personaldata;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid numbers for tests, so a scan for one finds only what this test wrote. */
public final class Citizens {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    private Citizens() {
    }

    public static String mobile() {
        return "15" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
    }

    /** A resident ID number of 示范县 (411524) with a real birth date and a right check digit (GB 11643). */
    public static String idNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String body = "411524" + (1950 + random.nextInt(50)) + String.format("%02d", 1 + random.nextInt(12))
                + String.format("%02d", 1 + random.nextInt(28)) + String.format("%03d", random.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK[sum % 11];
    }
}
