package org.jointcommissioning.bidding.support;

import io.quarkus.test.junit.QuarkusMock;
import org.jointcommissioning.testing.MutableClock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Installs a clock the test moves by hand over the service's clock; deadlines pass without sleeping. */
public final class TestClock {

    private TestClock() {
    }

    public static MutableClock install() {
        MutableClock clock = MutableClock.startingNow();
        QuarkusMock.installMockForType(clock, Clock.class);
        return clock;
    }

    /** A deadline a day after the clock's now. */
    public static Instant tomorrow(Clock clock) {
        return clock.instant().plus(Duration.ofDays(1));
    }
}
