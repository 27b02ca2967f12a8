package org.zongzhi.casehandling.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zongzhi.casehandling.time.ChinaTime;

/**
 * Case numbers like {@code SFX-2026-000123}: centre code, year in China time, sequence per centre
 * and year. Must run inside the transaction that inserts the case, so a failed intake returns its
 * number and the series has no gaps.
 */
@Component
class CaseNumberGenerator {

    private final CaseMapper mapper;
    private final Clock clock;

    CaseNumberGenerator(CaseMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(String centreCode) {
        int year = LocalDate.now(clock.withZone(ChinaTime.ZONE)).getYear();
        long sequence = mapper.nextSequence(centreCode, year);
        return format(centreCode, year, sequence);
    }

    static String format(String centreCode, int year, long sequence) {
        return "%s-%d-%06d".formatted(centreCode, year, sequence);
    }
}
