package org.jointcommissioning.bidding.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jointcommissioning.bidding.service.Alerting;
import org.jointcommissioning.bidding.service.OpportunityView;
import org.jointcommissioning.common.inbox.Inbox;
import org.jointcommissioning.common.inbox.EventHandlers;
import org.jointcommissioning.contracts.events.ClarificationAnswered;
import org.jointcommissioning.contracts.events.OpportunityCancelled;
import org.jointcommissioning.contracts.events.OpportunityClosed;
import org.jointcommissioning.contracts.events.OpportunityPublished;
import org.jointcommissioning.contracts.events.TechnicalScoringCompleted;
import org.jointcommissioning.contracts.events.Topics;

/** Applies commissioning's opportunity life cycle and tells the organisations it concerns, once per event. */
@ApplicationScoped
public class OpportunityEventsConsumer {

    @Inject
    Inbox inbox;

    @Inject
    OpportunityView view;

    @Inject
    Alerting alerting;

    private EventHandlers handlers;

    @PostConstruct
    void handlers() {
        handlers = EventHandlers.forConsumer(Consumers.NAME)
                .on(OpportunityPublished.class, event -> {
                    view.published(event);
                    alerting.published(event);
                })
                .on(OpportunityClosed.class, view::closed)
                .on(OpportunityCancelled.class, event -> {
                    view.cancelled(event);
                    alerting.cancelled(event);
                })
                .on(TechnicalScoringCompleted.class, view::technicalScoringCompleted)
                .on(ClarificationAnswered.class, alerting::answered);
    }

    @Incoming(Topics.COMMISSIONING_OPPORTUNITIES)
    @Blocking
    @Transactional
    public void apply(ConsumerRecord<String, String> record) {
        handlers.apply(record, inbox);
    }
}
