package org.jointcommissioning.gateway.limits;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenBucketsTest {

    private final AtomicLong now = new AtomicLong();
    private final TokenBuckets buckets = new TokenBuckets(2, Duration.ofSeconds(10), now::get);

    @Test
    void allowsABurstUpToTheLimitThenSaysHowLongToWait() {
        assertTrue(buckets.take("a").allowed());
        assertTrue(buckets.take("a").allowed());
        TokenBuckets.Decision refused = buckets.take("a");
        assertFalse(refused.allowed());
        assertEquals(5, refused.retryAfterSeconds());
    }

    @Test
    void refillsEvenlyOverThePeriod() {
        buckets.take("a");
        buckets.take("a");
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertTrue(buckets.take("a").allowed());
        assertFalse(buckets.take("a").allowed());
    }

    @Test
    void keepsCallersApart() {
        buckets.take("a");
        buckets.take("a");
        assertTrue(buckets.take("b").allowed());
    }
}
