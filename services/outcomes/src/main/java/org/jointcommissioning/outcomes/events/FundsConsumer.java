package org.jointcommissioning.outcomes.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jointcommissioning.common.inbox.Inbox;
import org.jointcommissioning.common.inbox.IncomingEvent;
import org.jointcommissioning.contracts.events.EventTypes;
import org.jointcommissioning.contracts.events.PaymentRecorded;
import org.jointcommissioning.outcomes.service.ContractLinkService;

/** {@code budgets.funds}: each payment adds to the spend of its contract. Other fund events are ignored. */
@ApplicationScoped
public class FundsConsumer {

    private static final String PAID = EventTypes.typeOf(PaymentRecorded.class);

    @Inject
    Inbox inbox;

    @Inject
    ContractLinkService links;

    @Incoming("funds")
    @Blocking
    @Transactional
    public void apply(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!PAID.equals(event.type()) || !inbox.firstDelivery("outcomes-funds", event)) {
            return;
        }
        links.paid(event.dataAs(PaymentRecorded.class));
    }
}
