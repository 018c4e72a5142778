package org.jointcommissioning.bidding.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jointcommissioning.bidding.service.BidResults;
import org.jointcommissioning.common.inbox.Inbox;
import org.jointcommissioning.common.inbox.IncomingEvent;
import org.jointcommissioning.contracts.events.BidOutcome;
import org.jointcommissioning.contracts.events.EventTypes;

/** Applies the results of awarded lots (BidOutcome); the saga's other events on this topic are not ours. */
@ApplicationScoped
public class AwardEventsConsumer {

    private static final String BID_OUTCOME = EventTypes.typeOf(BidOutcome.class);

    @Inject
    Inbox inbox;

    @Inject
    BidResults results;

    @Incoming("awards")
    @Blocking
    @Transactional
    public void apply(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!BID_OUTCOME.equals(event.type()) || !inbox.firstDelivery(Consumers.NAME, event)) {
            return;
        }
        results.outcome(event.dataAs(BidOutcome.class));
    }
}
