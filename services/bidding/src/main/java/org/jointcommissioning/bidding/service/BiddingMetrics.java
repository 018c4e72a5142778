package org.jointcommissioning.bidding.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jointcommissioning.common.metrics.BusinessMetrics;
import org.jointcommissioning.common.metrics.CounterName;

/** The board's counts of bidding, each taken when the change commits. */
@ApplicationScoped
public class BiddingMetrics {

    static final CounterName SUBMITTED = CounterName.of("platform.bids.submitted", "Bids submitted");
    static final CounterName WITHDRAWN = CounterName.of("platform.bids.withdrawn", "Bids withdrawn by their bidder");

    @Inject
    BusinessMetrics metrics;

    void declare(@Observes StartupEvent event) {
        metrics.declare(SUBMITTED);
        metrics.declare(WITHDRAWN);
    }

    void submitted() {
        metrics.count(SUBMITTED);
    }

    void withdrawn() {
        metrics.count(WITHDRAWN);
    }
}
