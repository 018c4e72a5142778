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
import org.jointcommissioning.contracts.events.AwardCancelled;
import org.jointcommissioning.contracts.events.ContractAwarded;
import org.jointcommissioning.contracts.events.Topics;
import org.jointcommissioning.outcomes.service.ContractLinkService;

/** {@code commissioning.awards}: a contract announced links to its indicators; a cancelled award unlinks. */
@ApplicationScoped
public class AwardsConsumer {

    @Inject
    Inbox inbox;

    @Inject
    ContractLinkService links;

    private EventHandlers handlers;

    @PostConstruct
    void handlers() {
        handlers = EventHandlers.forConsumer("outcomes-awards")
                .on(ContractAwarded.class, links::awarded)
                .on(AwardCancelled.class, links::cancelled);
    }

    @Incoming(Topics.COMMISSIONING_AWARDS)
    @Blocking
    @Transactional
    public void apply(ConsumerRecord<String, String> record) {
        handlers.apply(record, inbox);
    }
}
