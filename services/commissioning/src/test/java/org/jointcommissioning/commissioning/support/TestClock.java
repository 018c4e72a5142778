package org.jointcommissioning.commissioning.support;

import io.quarkus.test.junit.QuarkusMock;
import org.jointcommissioning.testing.MutableClock;

import java.time.Clock;

/** Puts a clock the test moves by hand in place of the service's, for the current test. */
public final class TestClock {

    private TestClock() {
    }

    public static MutableClock install() {
        MutableClock clock = MutableClock.startingNow();
        QuarkusMock.installMockForType(clock, Clock.class);
        return clock;
    }
}
