package org.jointcommissioning.commissioning.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jointcommissioning.commissioning.domain.AwardStatus;
import org.jointcommissioning.common.metrics.BusinessMetrics;
import org.jointcommissioning.common.metrics.CounterName;

/** The board's counts of commissioning, each taken when the change commits. */
@ApplicationScoped
public class CommissioningMetrics {

    static final CounterName PUBLISHED = CounterName.of("platform.opportunities.published", "Opportunities published");
    static final CounterName AWARDS = CounterName.of("platform.awards",
            "Awards entering each state (outcome): pending-funding when made, standstill (funded, decision "
                    + "notified), suspended (challenged), active (contract entered), funding-failed or cancelled");

    @Inject
    BusinessMetrics metrics;

    void declare(@Observes StartupEvent event) {
        metrics.declare(PUBLISHED);
        for (AwardStatus outcome : AwardStatus.values()) {
            metrics.declare(AWARDS, "outcome", outcome.toString());
        }
    }

    void published() {
        metrics.count(PUBLISHED);
    }

    void award(AwardStatus outcome) {
        metrics.count(AWARDS, "outcome", outcome.toString());
    }
}
