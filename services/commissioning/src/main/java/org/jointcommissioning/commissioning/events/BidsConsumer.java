package org.jointcommissioning.commissioning.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jointcommissioning.commissioning.service.EvaluationService;
import org.jointcommissioning.common.inbox.Inbox;
import org.jointcommissioning.common.inbox.EventHandlers;
import org.jointcommissioning.contracts.events.BidOpened;
import org.jointcommissioning.contracts.events.Topics;

/** Keeps the bids the bidding service opens at the deadline, for evaluation; other bid events are ignored. */
@ApplicationScoped
public class BidsConsumer {

    @Inject
    Inbox inbox;

    @Inject
    EvaluationService evaluations;

    private EventHandlers handlers;

    @PostConstruct
    void handlers() {
        handlers = EventHandlers.forConsumer("commissioning-bids")
                .on(BidOpened.class, evaluations::keepOpened);
    }

    @Incoming(Topics.BIDDING_BIDS)
    @Blocking
    @Transactional
    public void apply(ConsumerRecord<String, String> record) {
        handlers.apply(record, inbox);
    }
}
