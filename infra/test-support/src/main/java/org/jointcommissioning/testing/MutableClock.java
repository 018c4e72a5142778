package org.jointcommissioning.testing;

import io.quarkus.test.junit.QuarkusMock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves by hand, so deadlines pass without sleeping: {@link #install()} puts it in place of the
 * service's clock for the current test.
 */
public class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    /** A clock starting now, installed over the service's {@code Clock} for the current {@code @QuarkusTest}. */
    public static MutableClock install() {
        MutableClock clock = startingNow();
        QuarkusMock.installMockForType(clock, Clock.class);
        return clock;
    }

    /** A deadline a day after the clock's now. */
    public Instant tomorrow() {
        return now.plus(Duration.ofDays(1));
    }

    public static MutableClock startingNow() {
        return new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
