package org.jointcommissioning.outcomes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.common.outbox.EventPublisher;
import org.jointcommissioning.contracts.events.IndicatorStatusChanged;
import org.jointcommissioning.outcomes.domain.Decimals;
import org.jointcommissioning.outcomes.domain.Indicator;
import org.jointcommissioning.outcomes.domain.Measurement;
import org.jointcommissioning.outcomes.domain.RagStatus;
import org.jointcommissioning.outcomes.domain.StatusCalculator;
import org.jointcommissioning.outcomes.repository.MeasurementRepository;

import java.time.Clock;
import java.util.Optional;

/** Recomputes an indicator's status after anything it depends on changed, and announces a change. */
@ApplicationScoped
public class StatusService {

    @Inject
    StatusCalculator calculator;

    @Inject
    MeasurementRepository measurements;

    @Inject
    EventPublisher events;

    @Inject
    Clock clock;

    @Inject
    OutcomesMetrics metrics;

    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Indicator indicator) {
        Optional<Measurement> latest = measurements.latest(indicator.code);
        RagStatus status = calculator.status(indicator.polarity, indicator.baseline(), indicator.targetPoints(),
                latest.map(Measurement::point));
        if (status == indicator.status) {
            return;
        }
        RagStatus previous = indicator.status;
        indicator.status = status;
        events.publish(indicator.code, new IndicatorStatusChanged(indicator.code, previous.toString(), status.toString(),
                latest.map(m -> m.period).orElse(null), latest.map(m -> Decimals.shown(m.value)).orElse(null),
                clock.instant()));
        if (status == RagStatus.RED) {
            metrics.turnedRed();
        }
    }
}
