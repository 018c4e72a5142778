package org.jointcommissioning.commissioning.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.opentelemetry.context.Scope;
import jakarta.transaction.Transactional;
import org.jointcommissioning.commissioning.domain.Award;
import org.jointcommissioning.commissioning.repository.AwardRepository;
import org.jointcommissioning.common.tracing.TraceContext;

import java.time.Clock;
import java.util.List;

/** Enters into the contracts of awards whose standstill has ended, by the injected clock. */
@ApplicationScoped
public class StandstillCloser {

    @Inject
    AwardRepository awards;

    @Inject
    AwardContracts contracts;

    @Inject
    Clock clock;

    @Scheduled(every = "${platform.standstill.end-interval:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        endDue();
    }

    /**
     * Answers how many contracts it entered into. Row locks keep two replicas from entering one twice, and a replica
     * skips the rows another is handling rather than waiting for them. A suspended award is not due: its challenge
     * is open.
     */
    @Transactional
    public int endDue() {
        List<Award> due = awards.standstillOver(clock.instant(), 100);
        for (Award award : due) {
            // The contract's events carry on the trace of the award's decision, so that one trace follows the award.
            try (Scope traced = TraceContext.of(award.traceparent).makeCurrent()) {
                contracts.enter(award, "awardUpdate", "contract");
            }
        }
        return due.size();
    }
}
