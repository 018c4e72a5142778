package org.jointcommissioning.gateway.limits;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per caller: {@code capacity} requests at once, refilled evenly over {@code period}.
 * Buckets that have refilled completely are dropped, so idle callers cost no memory.
 */
public class TokenBuckets {

    /** Whether a request may pass; if not, how many whole seconds until it may. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    private static final int SWEEP_THRESHOLD = 10_000;

    private final int capacity;
    private final double tokensPerNano;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(int capacity, Duration period, LongSupplier nanoTime) {
        if (capacity < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("A rate limit needs at least one request per positive period");
        }
        this.capacity = capacity;
        this.tokensPerNano = capacity / (double) period.toNanos();
        this.nanoTime = nanoTime;
    }

    public Decision take(String caller) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > SWEEP_THRESHOLD) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(caller, key -> new Bucket(now)).take(now);
    }

    private final class Bucket {
        private double tokens = capacity;
        private long updated;

        Bucket(long now) {
            updated = now;
        }

        synchronized Decision take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return new Decision(true, 0);
            }
            double nanosToNext = (1 - tokens) / tokensPerNano;
            return new Decision(false, Math.max(1, (long) Math.ceil(nanosToNext / 1_000_000_000d)));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) * tokensPerNano);
            updated = now;
        }
    }
}
