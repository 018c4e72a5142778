package org.jointcommissioning.commissioning.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jointcommissioning.commissioning.repository.FundContributors;
import org.jointcommissioning.commissioning.service.AwardFunding;
import org.jointcommissioning.common.inbox.Inbox;
import org.jointcommissioning.common.inbox.IncomingEvent;
import org.jointcommissioning.contracts.events.ContributionRecorded;
import org.jointcommissioning.contracts.events.EventTypes;
import org.jointcommissioning.contracts.events.FundingRejected;
import org.jointcommissioning.contracts.events.FundsReserved;

/** The pooled funds' answers to the award saga, and their contributors (the OCDS funders). */
@ApplicationScoped
public class FundsConsumer {

    private static final String RESERVED = EventTypes.typeOf(FundsReserved.class);
    private static final String REJECTED = EventTypes.typeOf(FundingRejected.class);
    private static final String CONTRIBUTION = EventTypes.typeOf(ContributionRecorded.class);

    @Inject
    Inbox inbox;

    @Inject
    AwardFunding funding;

    @Inject
    EntityManager em;

    @Incoming("funds")
    @Blocking
    @Transactional
    public void apply(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        String type = event.type();
        if (!(RESERVED.equals(type) || REJECTED.equals(type) || CONTRIBUTION.equals(type))
                || !inbox.firstDelivery("commissioning-funds", event)) {
            return;
        }
        if (RESERVED.equals(type)) {
            funding.reserved(event.dataAs(FundsReserved.class));
        } else if (REJECTED.equals(type)) {
            funding.rejected(event.dataAs(FundingRejected.class));
        } else {
            ContributionRecorded contribution = event.dataAs(ContributionRecorded.class);
            FundContributors.remember(em, contribution.fundId(), contribution.partnerId());
        }
    }
}
