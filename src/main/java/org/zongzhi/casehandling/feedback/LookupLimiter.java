package org.zongzhi.casehandling.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.settings.Settings;

/**
 * Limits FAILED status lookups (wrong phone, unknown case), per client address and per case, in
 * the database so that every node counts the same failures. A right phone is never counted, so
 * a flood from one address blocks that address only: the citizen, from any other address, is
 * answered. One address cannot lock a case (its own limit is lower than the case's); many
 * addresses together can, for one window at most after they stop — no lock lasts longer, and
 * none needs an administrator to lift it.
 */
@Component
class LookupLimiter {

    /** Every this many failures, windows that ended are deleted. */
    private static final int PURGE_EVERY = 200;

    private final LookupFailureMapper failures;
    private final Clock clock;
    private final int perAddress;
    private final int perCase;
    private final Duration window;
    private final AtomicInteger sincePurge = new AtomicInteger();

    @Autowired
    LookupLimiter(LookupFailureMapper failures, Settings settings) {
        this(failures, Clock.systemUTC(), settings.publicLookup().failuresPerAddress(),
                settings.publicLookup().failuresPerCase(), settings.publicLookup().window());
    }

    LookupLimiter(LookupFailureMapper failures, Clock clock, int perAddress, int perCase, Duration window) {
        if (perAddress < 1 || perCase <= perAddress || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("zongzhi.public-lookup: failures-per-address must be at least 1 and"
                    + " failures-per-case above it (so one address cannot lock a case), window positive; are "
                    + perAddress + ", " + perCase + ", " + window);
        }
        this.failures = failures;
        this.clock = clock;
        this.perAddress = perAddress;
        this.perCase = perCase;
        this.window = window;
    }

    /** Empty when the lookup may be tried, else the seconds until the address or the case may try again. */
    OptionalLong blocked(String address, String caseNo) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long waitSeconds = 0;
        for (LookupFailureMapper.Window open : failures.open(List.of(ip(address), cs(caseNo)), now.minus(window))) {
            int limit = open.subject().startsWith("ip:") ? perAddress : perCase;
            if (open.failures() >= limit) {
                long left = Duration.between(now, open.windowStartedAt().plus(window)).toSeconds() + 1;
                waitSeconds = Math.max(waitSeconds, Math.max(1, left));
            }
        }
        return waitSeconds == 0 ? OptionalLong.empty() : OptionalLong.of(waitSeconds);
    }

    /** Counts a wrong phone or an unknown case against the address and the case number. */
    void failed(String address, String caseNo) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        failures.count(ip(address), now, now.minus(window));
        failures.count(cs(caseNo), now, now.minus(window));
        if (sincePurge.incrementAndGet() >= PURGE_EVERY) {
            sincePurge.set(0);
            failures.forgetBefore(now.minus(window));
        }
    }

    private static String ip(String address) {
        return "ip:" + address;
    }

    /** Case numbers as typed are cut to fit the column: a 2,000-character "case number" is one more failure. */
    private static String cs(String caseNo) {
        return "case:" + (caseNo.length() > 70 ? caseNo.substring(0, 70) : caseNo);
    }
}
