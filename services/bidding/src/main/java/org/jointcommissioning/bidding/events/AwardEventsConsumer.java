package org.jointcommissioning.bidding.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jointcommissioning.bidding.service.BidResults;
import org.jointcommissioning.common.inbox.Inbox;
import org.jointcommissioning.common.inbox.EventHandlers;
import org.jointcommissioning.contracts.events.BidOutcome;
import org.jointcommissioning.contracts.events.Topics;

/** Applies the results of awarded lots (BidOutcome); the saga's other events on this topic are not ours. */
@ApplicationScoped
public class AwardEventsConsumer {

    @Inject
    Inbox inbox;

    @Inject
    BidResults results;

    private EventHandlers handlers;

    @PostConstruct
    void handlers() {
        handlers = EventHandlers.forConsumer(Consumers.NAME)
                .on(BidOutcome.class, results::outcome);
    }

    @Incoming(Topics.COMMISSIONING_AWARDS)
    @Blocking
    @Transactional
    public void apply(ConsumerRecord<String, String> record) {
        handlers.apply(record, inbox);
    }
}
