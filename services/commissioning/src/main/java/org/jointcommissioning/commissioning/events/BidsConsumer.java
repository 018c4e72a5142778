package org.jointcommissioning.commissioning.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jointcommissioning.commissioning.domain.OpenedBid;
import org.jointcommissioning.common.inbox.Inbox;
import org.jointcommissioning.common.inbox.IncomingEvent;
import org.jointcommissioning.contracts.events.BidOpened;
import org.jointcommissioning.contracts.events.EventTypes;

/** Keeps the bids the bidding service opens at the deadline, for evaluation; other bid events are ignored. */
@ApplicationScoped
public class BidsConsumer {

    private static final String BID_OPENED = EventTypes.typeOf(BidOpened.class);

    @Inject
    Inbox inbox;

    @Incoming("bids")
    @Blocking
    @Transactional
    public void apply(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!BID_OPENED.equals(event.type()) || !inbox.firstDelivery("commissioning-bids", event)) {
            return;
        }
        BidOpened opened = event.dataAs(BidOpened.class);
        if (OpenedBid.findById(opened.bidId()) != null) {
            return;
        }
        OpenedBid bid = new OpenedBid();
        bid.bidId = opened.bidId();
        bid.opportunityId = opened.opportunityId();
        bid.lotId = opened.lotId();
        bid.organisationId = opened.organisationId();
        bid.organisationName = opened.organisationName();
        bid.price = opened.price().amount();
        bid.currency = opened.price().currency();
        bid.submittedAt = opened.submittedAt();
        bid.openedAt = opened.openedAt();
        bid.persist();
    }
}
