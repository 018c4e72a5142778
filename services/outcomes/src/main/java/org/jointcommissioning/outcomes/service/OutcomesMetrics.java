package org.jointcommissioning.outcomes.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jointcommissioning.common.metrics.BusinessMetrics;
import org.jointcommissioning.common.metrics.CounterName;

/** The board's counts of outcomes, each taken when the change commits. */
@ApplicationScoped
public class OutcomesMetrics {

    static final CounterName MEASUREMENTS = CounterName.of("platform.measurements.recorded",
            "Measurements reported against indicators (corrections included)");
    static final CounterName TURNED_RED = CounterName.of("platform.indicators.turned.red",
            "Times an indicator's status turned red: behind its path by more than the amber share");

    @Inject
    BusinessMetrics metrics;

    void declare(@Observes StartupEvent event) {
        metrics.declare(MEASUREMENTS);
        metrics.declare(TURNED_RED);
    }

    void measurementRecorded() {
        metrics.count(MEASUREMENTS);
    }

    void turnedRed() {
        metrics.count(TURNED_RED);
    }
}
