package org.zongzhi.casehandling.feedback;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Token buckets per client address and per case number for the login-free status lookup, so
 * nobody can try phone numbers against a case, or case numbers from one address, faster than a
 * person types. In memory and per node: on a cluster each node allows its own share.
 */
@Component
class LookupLimiter {

    /** Past this many tracked keys, the buckets that have filled up again are dropped. */
    private static final int SWEEP_AT = 10_000;

    private final int perMinute;
    private final long nanosPerToken;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Autowired
    LookupLimiter(@Value("${zongzhi.public-lookup.per-minute:10}") int perMinute) {
        this(perMinute, System::nanoTime);
    }

    LookupLimiter(int perMinute, LongSupplier nanoTime) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("zongzhi.public-lookup.per-minute must be at least 1, is " + perMinute);
        }
        this.perMinute = perMinute;
        this.nanosPerToken = TimeUnit.MINUTES.toNanos(1) / perMinute;
        this.nanoTime = nanoTime;
    }

    /** Takes one token from each key's bucket; empty if allowed, else the seconds until it would be. */
    OptionalLong take(String... keys) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > SWEEP_AT) {
            buckets.values().removeIf(b -> b.isFull(now));
        }
        long waitNanos = 0;
        for (String key : keys) {
            waitNanos = Math.max(waitNanos, buckets.computeIfAbsent(key, k -> new Bucket(now)).take(now));
        }
        return waitNanos == 0 ? OptionalLong.empty()
                : OptionalLong.of(Math.max(1, (waitNanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1)));
    }

    /** For tests: every bucket full again. */
    void forgetAll() {
        buckets.clear();
    }

    private final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(long now) {
            tokens = perMinute;
            refilledAt = now;
        }

        /** 0 when a token was taken, else the nanoseconds until one is there. */
        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * nanosPerToken);
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= perMinute;
        }

        private void refill(long now) {
            tokens = Math.min(perMinute, tokens + (double) (now - refilledAt) / nanosPerToken);
            refilledAt = now;
        }
    }
}
