package org.zongzhi.casehandling.time;

import java.time.ZoneId;

/** China Standard Time, the zone of every date a person reads: deadlines, letters, receipts, days. */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }
}
