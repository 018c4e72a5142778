package org.jointcommissioning.commissioning.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.repository.OpportunityRepository;

import java.time.Clock;
import java.util.List;

/** Closes published opportunities whose submission deadline has passed, by the injected clock. */
@ApplicationScoped
public class DeadlineCloser {

    @Inject
    OpportunityRepository opportunityRows;

    @Inject
    OpportunityService opportunities;

    @Inject
    Clock clock;

    @Scheduled(every = "${platform.opportunities.close-interval:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        closeDue();
    }

    /**
     * Answers how many opportunities it closed. Row locks keep two replicas from closing one twice, and a replica
     * skips the rows another is closing rather than waiting for them.
     */
    @Transactional
    public int closeDue() {
        List<Opportunity> due = opportunityRows.dueForClosing(clock.instant(), 100);
        due.forEach(opportunities::close);
        return due.size();
    }
}
