package org.jointcommissioning.outcomes.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jointcommissioning.outcomes.repository.IndicatorRepository;

import java.util.List;

/**
 * Reviews every indicator's status when the service starts, so that a changed amber band (or a status rule
 * fixed in a new release) shows at once, with its IndicatorStatusChanged events, rather than at the next report.
 */
@ApplicationScoped
public class StatusReview {

    private static final Logger LOG = Logger.getLogger(StatusReview.class);

    @Inject
    IndicatorRepository indicators;

    @Inject
    StatusService status;

    void onStart(@Observes StartupEvent start) {
        List<String> codes = QuarkusTransaction.requiringNew().call(indicators::allCodes);
        // One transaction per indicator: a failure is logged and leaves the others reviewed; startup goes on.
        for (String code : codes) {
            try {
                QuarkusTransaction.requiringNew().run(() -> reviewOne(code));
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not review the status of indicator %s; it is reviewed again at its next report", code);
            }
        }
    }

    /** Locks the row first, so that replicas starting together announce a change once. */
    @Transactional
    public void reviewOne(String code) {
        indicators.findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE).ifPresent(indicator -> {
            var before = indicator.status;
            status.refresh(indicator);
            if (before != indicator.status) {
                LOG.infof("Indicator %s is now %s (was %s) under the current status rule", code, indicator.status, before);
            }
        });
    }
}
