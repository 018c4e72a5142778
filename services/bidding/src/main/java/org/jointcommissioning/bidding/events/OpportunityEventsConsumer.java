package org.jointcommissioning.bidding.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jointcommissioning.bidding.service.OpportunityView;
import org.jointcommissioning.common.inbox.Inbox;
import org.jointcommissioning.common.inbox.IncomingEvent;
import org.jointcommissioning.contracts.events.EventTypes;
import org.jointcommissioning.contracts.events.OpportunityCancelled;
import org.jointcommissioning.contracts.events.OpportunityClosed;
import org.jointcommissioning.contracts.events.OpportunityPublished;

/** Applies commissioning's opportunity life cycle, once per event. */
@ApplicationScoped
public class OpportunityEventsConsumer {

    private static final String PUBLISHED = EventTypes.typeOf(OpportunityPublished.class);
    private static final String CLOSED = EventTypes.typeOf(OpportunityClosed.class);
    private static final String CANCELLED = EventTypes.typeOf(OpportunityCancelled.class);

    @Inject
    Inbox inbox;

    @Inject
    OpportunityView view;

    @Incoming("opportunities")
    @Blocking
    @Transactional
    public void apply(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!inbox.firstDelivery(Consumers.NAME, event)) {
            return;
        }
        if (PUBLISHED.equals(event.type())) {
            view.published(event.dataAs(OpportunityPublished.class));
        } else if (CLOSED.equals(event.type())) {
            view.closed(event.dataAs(OpportunityClosed.class));
        } else if (CANCELLED.equals(event.type())) {
            view.cancelled(event.dataAs(OpportunityCancelled.class));
        }
    }
}
