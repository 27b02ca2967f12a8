package org.zongzhi.casehandling.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zongzhi.casehandling.time.ChinaTime;

/**
 * Case numbers like {@code SFX-2026-000123}: centre code, year in China time, sequence per centre
 * and year, without gaps. A number is taken in a short transaction of its own ({@link #reserve}),
 * so the counter row is locked for one update and its commit, not for a whole registration; the
 * registration claims it in its own transaction ({@link #claim}) or gives it back ({@link #giveBack}).
 * A number given back, or left by a registration that died between the two, is the next one given
 * out (the lowest first), so every number the counter passed ends up on a case.
 */
@Component
class CaseNumberGenerator {

    /** A reservation not claimed after this long belongs to a registration that will never finish. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private final CaseMapper mapper;
    private final Clock clock;

    CaseNumberGenerator(CaseMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Takes a number for a registration about to start. Commits without waiting for the disk: the
     * registration's own commit, which is flushed, comes later in the log and makes this durable
     * too; if the machine fails before, the number and its reservation are gone together.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    CaseNumberReservation reserve(String centreCode) {
        mapper.deferCommitFlush();
        String token = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String given = mapper.takeOverReservation(centreCode, token, now, now.minus(ABANDONED_AFTER));
        if (given != null) {
            return new CaseNumberReservation(given, token);
        }
        int year = LocalDate.now(clock.withZone(ChinaTime.ZONE)).getYear();
        String caseNo = format(centreCode, year, mapper.nextSequence(centreCode, year));
        mapper.insertReservation(caseNo, centreCode, token, now);
        return new CaseNumberReservation(caseNo, token);
    }

    /**
     * In the registration's transaction: the number is the case's once this commits. Its
     * reservation row stays locked until then, so no other registration takes it over.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void claim(CaseNumberReservation number) {
        if (mapper.claimReservation(number.caseNo(), number.token()) != 1) {
            throw new CaseNumberLostException(number.caseNo());
        }
    }

    /** The registration failed and wrote nothing: its number is the next one given out. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void giveBack(CaseNumberReservation number) {
        mapper.releaseReservation(number.caseNo(), number.token());
    }

    static String format(String centreCode, int year, long sequence) {
        return "%s-%d-%06d".formatted(centreCode, year, sequence);
    }
}
