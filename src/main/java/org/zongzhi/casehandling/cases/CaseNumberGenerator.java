package org.zongzhi.casehandling.cases;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.numbering.GaplessNumbers;
import org.zongzhi.casehandling.numbering.NumberReservation;
import org.zongzhi.casehandling.time.ChinaTime;

/**
 * Case numbers like {@code SFX-2026-000123}: centre code, year in China time, sequence per centre
 * and year, without gaps ({@link GaplessNumbers}: taken before the registration's transaction,
 * claimed in it, given back if it fails).
 */
@Component
class CaseNumberGenerator {

    private final GaplessNumbers numbers;
    private final CaseMapper mapper;
    private final Clock clock;

    CaseNumberGenerator(GaplessNumbers numbers, CaseMapper mapper, Clock clock) {
        this.numbers = numbers;
        this.mapper = mapper;
        this.clock = clock;
    }

    NumberReservation reserve(String centreCode) {
        int year = LocalDate.now(clock.withZone(ChinaTime.ZONE)).getYear();
        return numbers.reserve(series(centreCode), year, y -> mapper.nextSequence(centreCode, y));
    }

    /** In the registration's transaction: the case number, the registration's once it commits. */
    String claim(String centreCode, NumberReservation number) {
        if (!series(centreCode).equals(number.series())) {
            throw new IllegalArgumentException("Number of series " + number.series() + " is not a case number of centre "
                    + centreCode);
        }
        numbers.claim(number);
        return format(centreCode, number.year(), number.sequence());
    }

    static String series(String centreCode) {
        return "case:" + centreCode;
    }

    static String format(String centreCode, int year, long sequence) {
        return "%s-%d-%06d".formatted(centreCode, year, sequence);
    }
}
