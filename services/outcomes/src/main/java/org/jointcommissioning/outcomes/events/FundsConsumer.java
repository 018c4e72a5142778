package org.jointcommissioning.outcomes.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jointcommissioning.common.inbox.Inbox;
import org.jointcommissioning.common.inbox.EventHandlers;
import org.jointcommissioning.contracts.events.PaymentRecorded;
import org.jointcommissioning.contracts.events.Topics;
import org.jointcommissioning.outcomes.service.ContractLinkService;

/** {@code budgets.funds}: each payment adds to the spend of its contract. Other fund events are ignored. */
@ApplicationScoped
public class FundsConsumer {

    @Inject
    Inbox inbox;

    @Inject
    ContractLinkService links;

    private EventHandlers handlers;

    @PostConstruct
    void handlers() {
        handlers = EventHandlers.forConsumer("outcomes-funds")
                .on(PaymentRecorded.class, links::paid);
    }

    @Incoming(Topics.BUDGETS_FUNDS)
    @Blocking
    @Transactional
    public void apply(ConsumerRecord<String, String> record) {
        handlers.apply(record, inbox);
    }
}
