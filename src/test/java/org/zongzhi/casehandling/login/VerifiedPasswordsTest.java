package org.zongzhi.casehandling.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The in-memory memory of verified logins: what may skip the slow hash, and what never may. */
class VerifiedPasswordsTest {

    static final String HASH = "{PBKDF2-SHA256}1000$c2FsdA==$aGFzaA==";

    MovableClock clock = new MovableClock();
    VerifiedPasswords verified = new VerifiedPasswords(Duration.ofMinutes(5), clock);

    @Test
    void onlyTheSamePasswordAgainstTheSameStoredHashIsRemembered() {
        verified.remember("channel-grid", "Secret-1", HASH);

        assertThat(verified.remembers("channel-grid", "Secret-1", HASH)).isTrue();
        assertThat(verified.remembers("channel-grid", "Secret-2", HASH)).isFalse();
        assertThat(verified.remembers("channel-police-110", "Secret-1", HASH)).isFalse();
        // The password was changed, on this node or another: the stored hash differs.
        assertThat(verified.remembers("channel-grid", "Secret-1", HASH + "x")).isFalse();
    }

    @Test
    void anEntryEndsAfterItsTimeOrWhenForgotten() {
        verified.remember("wangfang", "Secret-1", HASH);
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertThat(verified.remembers("wangfang", "Secret-1", HASH)).isFalse();

        verified.remember("wangfang", "Secret-1", HASH);
        verified.forget("wangfang");
        assertThat(verified.remembers("wangfang", "Secret-1", HASH)).isFalse();
    }

    @Test
    void aZeroLifetimeRemembersNothing() {
        VerifiedPasswords never = new VerifiedPasswords(Duration.ZERO, clock);
        never.remember("wangfang", "Secret-1", HASH);
        assertThat(never.remembers("wangfang", "Secret-1", HASH)).isFalse();
    }

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-30T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
