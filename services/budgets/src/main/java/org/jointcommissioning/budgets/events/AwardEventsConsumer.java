package org.jointcommissioning.budgets.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jointcommissioning.budgets.service.ReservationService;
import org.jointcommissioning.common.inbox.Inbox;
import org.jointcommissioning.common.inbox.EventHandlers;
import org.jointcommissioning.contracts.events.AwardCancelled;
import org.jointcommissioning.contracts.events.ContractAwarded;
import org.jointcommissioning.contracts.events.FundingRequested;
import org.jointcommissioning.contracts.events.Topics;

/**
 * The award saga's events from commissioning. The inbox row and the effect share one transaction, so a
 * redelivered event reserves, commits or releases nothing twice. Other event types on the topic are ignored.
 */
@ApplicationScoped
public class AwardEventsConsumer {

    static final String CONSUMER = "budgets";

    @Inject
    Inbox inbox;

    @Inject
    ReservationService reservations;

    private EventHandlers handlers;

    @PostConstruct
    void handlers() {
        handlers = EventHandlers.forConsumer(CONSUMER)
                .on(FundingRequested.class, reservations::reserve)
                .on(ContractAwarded.class, reservations::commit)
                .on(AwardCancelled.class, reservations::release);
    }

    @Incoming(Topics.COMMISSIONING_AWARDS)
    @Blocking
    @Transactional
    public void apply(ConsumerRecord<String, String> record) {
        handlers.apply(record, inbox);
    }
}
