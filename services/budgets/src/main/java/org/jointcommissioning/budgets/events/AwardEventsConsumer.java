package org.jointcommissioning.budgets.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jointcommissioning.budgets.service.ReservationService;
import org.jointcommissioning.common.inbox.Inbox;
import org.jointcommissioning.common.inbox.IncomingEvent;
import org.jointcommissioning.contracts.events.AwardCancelled;
import org.jointcommissioning.contracts.events.ContractAwarded;
import org.jointcommissioning.contracts.events.EventTypes;
import org.jointcommissioning.contracts.events.FundingRequested;

/**
 * The award saga's events from commissioning. The inbox row and the effect share one transaction, so a
 * redelivered event reserves, commits or releases nothing twice. Other event types on the topic are ignored.
 */
@ApplicationScoped
public class AwardEventsConsumer {

    static final String CONSUMER = "budgets";

    private static final String FUNDING_REQUESTED = EventTypes.typeOf(FundingRequested.class);
    private static final String CONTRACT_AWARDED = EventTypes.typeOf(ContractAwarded.class);
    private static final String AWARD_CANCELLED = EventTypes.typeOf(AwardCancelled.class);

    @Inject
    Inbox inbox;

    @Inject
    ReservationService reservations;

    @Incoming("awards")
    @Blocking
    @Transactional
    public void apply(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        String type = event.type();
        if (!type.equals(FUNDING_REQUESTED) && !type.equals(CONTRACT_AWARDED) && !type.equals(AWARD_CANCELLED)) {
            return;
        }
        if (!inbox.firstDelivery(CONSUMER, event)) {
            return;
        }
        if (type.equals(FUNDING_REQUESTED)) {
            reservations.reserve(event.dataAs(FundingRequested.class));
        } else if (type.equals(CONTRACT_AWARDED)) {
            reservations.commit(event.dataAs(ContractAwarded.class));
        } else {
            reservations.release(event.dataAs(AwardCancelled.class));
        }
    }
}
