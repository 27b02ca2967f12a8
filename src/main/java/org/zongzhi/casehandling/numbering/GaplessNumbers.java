package org.zongzhi.casehandling.numbering;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers without gaps (case numbers, letter numbers) that no transaction waits for. A number is
 * taken in a short transaction of its own ({@link #reserve}), so the series' counter row is locked
 * for one update and its commit, not until the case or letter that needs it commits. That
 * transaction then claims the number ({@link #claim}) and writes it; if it rolls back, the number
 * is given back. A number given back, or left by a taker that died in between (kill -9), is the
 * next one given out, the lowest first: every number a counter passed ends up written. Numbers
 * are therefore not always in the order their cases or letters were written.
 */
@Component
public class GaplessNumbers {

    private static final Logger log = LoggerFactory.getLogger(GaplessNumbers.class);

    /** A number not claimed after this long belongs to a taker that will never finish. */
    public static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    /** A series' own counter: advances it by one for the year and returns the new value. */
    @FunctionalInterface
    public interface Counter {
        long advance(int year);
    }

    private final ReservationMapper mapper;
    private final Clock clock;
    private final TransactionTemplate separate;

    GaplessNumbers(ReservationMapper mapper, Clock clock, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.clock = clock;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Takes a number of the series: one given back if there is any, else the counter's next for the
     * year. Commits without waiting for the disk: the taker's own commit, flushed, comes later in
     * the log and makes this durable too; if the machine fails before, the number and its
     * reservation are gone together.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public NumberReservation reserve(String series, int year, Counter counter) {
        mapper.deferCommitFlush();
        String token = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(clock);
        NumberReservation given = mapper.takeOver(series, token, now, now.minus(ABANDONED_AFTER));
        if (given != null) {
            return given;
        }
        NumberReservation taken = new NumberReservation(series, year, counter.advance(year), token);
        mapper.insert(taken, now, false);
        return taken;
    }

    /**
     * In the transaction that writes the number: the number is its own once this commits, and its
     * reservation stays locked until then, so nobody takes it over. If that transaction rolls back,
     * the number is given back. Throws {@link NumberLostException} if it was taken over already.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void claim(NumberReservation number) {
        if (mapper.claim(number) != 1) {
            throw new NumberLostException(number);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    giveBack(number);
                }
            }
        });
    }

    /**
     * A claimed number this transaction will not write after all (the letter was issued by another
     * node meanwhile): given back when this transaction commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void unclaim(NumberReservation number) {
        mapper.insert(number, OffsetDateTime.now(clock), true);
    }

    /**
     * A number taken and not claimed, for a taker that failed before its transaction wrote
     * anything. Best effort: a number that cannot be given back now is given out again once it
     * counts as abandoned.
     */
    public void giveBack(NumberReservation number) {
        try {
            separate.executeWithoutResult(status -> mapper.release(number));
        } catch (RuntimeException e) {
            log.warn("Could not give back number {}/{} of series {}; it is given out again after {}", number.year(),
                    number.sequence(), number.series(), ABANDONED_AFTER, e);
        }
    }
}
