package org.zongzhi.casehandling.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.BadUserRequestException;
import org.zongzhi.casehandling.time.ChinaTime;

/** The days of a report, both included, in China time; facts are counted from 00:00 of the first to 24:00 of the last. */
record Period(LocalDate from, LocalDate to) {

    /** Ten years at most: enough for any comparison, and a bound on what one request reads. */
    static final int MAX_DAYS = 3660;

    Period {
        if (from == null || to == null) {
            throw new BadUserRequestException("请填写统计期间的开始日期 from 和结束日期 to（格式 2026-01-01）");
        }
        if (to.isBefore(from)) {
            throw new BadUserRequestException("统计期间的结束日期 " + to + " 早于开始日期 " + from);
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new BadUserRequestException("统计期间不能超过十年，收到 " + from + " 至 " + to);
        }
    }

    OffsetDateTime start() {
        return from.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
    }

    OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
    }
}
