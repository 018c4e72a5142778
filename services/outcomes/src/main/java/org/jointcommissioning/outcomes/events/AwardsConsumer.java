package org.jointcommissioning.outcomes.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jointcommissioning.common.inbox.Inbox;
import org.jointcommissioning.common.inbox.IncomingEvent;
import org.jointcommissioning.contracts.events.AwardCancelled;
import org.jointcommissioning.contracts.events.ContractAwarded;
import org.jointcommissioning.contracts.events.EventTypes;
import org.jointcommissioning.outcomes.service.ContractLinkService;

/** {@code commissioning.awards}: a contract announced links to its indicators; a cancelled award unlinks. */
@ApplicationScoped
public class AwardsConsumer {

    private static final String AWARDED = EventTypes.typeOf(ContractAwarded.class);
    private static final String CANCELLED = EventTypes.typeOf(AwardCancelled.class);

    @Inject
    Inbox inbox;

    @Inject
    ContractLinkService links;

    @Incoming("awards")
    @Blocking
    @Transactional
    public void apply(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!AWARDED.equals(event.type()) && !CANCELLED.equals(event.type())) {
            return; // the saga's other steps are not ours
        }
        if (!inbox.firstDelivery("outcomes-awards", event)) {
            return;
        }
        if (AWARDED.equals(event.type())) {
            links.awarded(event.dataAs(ContractAwarded.class));
        } else {
            links.cancelled(event.dataAs(AwardCancelled.class));
        }
    }
}
