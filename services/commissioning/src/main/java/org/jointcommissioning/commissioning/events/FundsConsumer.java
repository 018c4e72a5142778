package org.jointcommissioning.commissioning.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jointcommissioning.commissioning.service.AwardFunding;
import org.jointcommissioning.commissioning.service.FundMembers;
import org.jointcommissioning.common.inbox.Inbox;
import org.jointcommissioning.common.inbox.EventHandlers;
import org.jointcommissioning.contracts.events.ContributionRecorded;
import org.jointcommissioning.contracts.events.FundMembershipChanged;
import org.jointcommissioning.contracts.events.FundingRejected;
import org.jointcommissioning.contracts.events.FundsReserved;
import org.jointcommissioning.contracts.events.Topics;

/** The pooled funds' answers to the award saga, who may draw on each fund, and their contributors (the OCDS funders). */
@ApplicationScoped
public class FundsConsumer {

    @Inject
    Inbox inbox;

    @Inject
    AwardFunding funding;

    @Inject
    FundMembers members;

    private EventHandlers handlers;

    @PostConstruct
    void handlers() {
        handlers = EventHandlers.forConsumer("commissioning-funds")
                .on(FundsReserved.class, funding::reserved)
                .on(FundingRejected.class, funding::rejected)
                .on(FundMembershipChanged.class, members::changed)
                .on(ContributionRecorded.class, members::contributed);
    }

    @Incoming(Topics.BUDGETS_FUNDS)
    @Blocking
    @Transactional
    public void apply(ConsumerRecord<String, String> record) {
        handlers.apply(record, inbox);
    }
}
