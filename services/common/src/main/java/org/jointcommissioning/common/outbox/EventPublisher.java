package org.jointcommissioning.common.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jointcommissioning.common.json.EventJson;
import org.jointcommissioning.common.tracing.TraceContext;
import org.jointcommissioning.common.web.RequestIdFilter;
import org.jointcommissioning.contracts.events.EventTypes;

import java.time.Clock;
import java.util.UUID;

/**
 * Publishes an event by writing it to the outbox inside the caller's transaction: if the change rolls
 * back, the event is never sent; if it commits, the relay sends it even after a crash.
 */
@ApplicationScoped
public class EventPublisher {

    private static final Logger LOG = Logger.getLogger(EventPublisher.class);

    private final ObjectMapper json = EventJson.mapper();

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<OutboxWritten> written;

    @ConfigProperty(name = "quarkus.application.name")
    String serviceName;

    /** Publishes on the event's own topic (see {@code @Event}), keyed by its aggregate id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String publish(String key, Record event) {
        return publish(EventTypes.topicOf(event.getClass()), key, event);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String publish(String topic, String key, Record event) {
        OutboxMessage message = new OutboxMessage();
        message.id = UUID.randomUUID().toString();
        message.topic = topic;
        message.key = key;
        message.type = EventTypes.typeOf(event.getClass());
        message.source = "/" + serviceName;
        message.subject = key;
        message.occurredAt = clock.instant();
        try {
            message.payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write event " + message.type, e);
        }
        message.traceparent = TraceContext.current();
        Object requestId = MDC.get(RequestIdFilter.MDC_KEY);
        message.requestId = requestId == null ? null : requestId.toString();
        message.persist();
        written.fire(new OutboxWritten());
        LOG.infof("Published %s %s for %s", message.type, message.id, key);
        return message.id;
    }
}
