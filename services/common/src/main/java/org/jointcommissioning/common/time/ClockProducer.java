package org.jointcommissioning.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * The one clock every service reads "now" from (deadlines, timestamps). Tests replace it with a clock
 * they move, instead of sleeping.
 */
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
