package org.jointcommissioning.common.inbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jointcommissioning.common.metrics.EventMetrics;
import org.jointcommissioning.common.tracing.TraceContext;
import org.jointcommissioning.common.web.RequestIdFilter;
import org.jointcommissioning.contracts.events.EventTypes;
import org.jointcommissioning.contracts.http.RequestIds;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What one consumer does with each event type of its topic, each event applied at most once through the
 * inbox. Build it once; call {@link #apply} from the {@code @Incoming} method, inside its transaction, so that
 * the inbox row and the effect commit or roll back together.
 */
public final class EventHandlers {

    private static final Logger LOG = Logger.getLogger(EventHandlers.class);
    private static final String REQUEST_ID_HEADER = "ce_requestid";
    /** Where Quarkus keeps the trace id for log lines. */
    private static final String TRACE_ID_KEY = "traceId";

    private final String consumer;
    private final Map<String, Consumer<IncomingEvent>> byType = new HashMap<>();
    /** None outside a running application: then nothing is counted. */
    private final EventMetrics metrics = EventMetrics.current();

    private EventHandlers(String consumer) {
        this.consumer = consumer;
    }

    /** {@code consumer} names the inbox's record of what this consumer applied; it must never change. */
    public static EventHandlers forConsumer(String consumer) {
        return new EventHandlers(consumer);
    }

    public <T extends Record> EventHandlers on(Class<T> eventClass, Consumer<T> handler) {
        String type = EventTypes.typeOf(eventClass);
        byType.put(type, event -> handler.accept(event.dataAs(eventClass)));
        if (metrics != null) {
            metrics.declare(consumer, type);
        }
        return this;
    }

    /**
     * Applies the record's event once. Every event is recorded, so the inbox shows how far the consumer has
     * read; types with no handler are not this consumer's and change nothing else. A record that is not a
     * readable CloudEvent fails, for the dead-letter topic. Each record is counted when the transaction ends:
     * applied, ignored (a duplicate, or a type with no handler) or, when it rolls back, dead-lettered.
     */
    public void apply(ConsumerRecord<String, String> record, Inbox inbox) {
        // The request that wrote the event is named in this consumer's log lines, and its trace goes on here
        // (the Kafka instrumentation's own span when there is one, else the context the record carries).
        Header requestId = record.headers().lastHeader(REQUEST_ID_HEADER);
        if (requestId != null && requestId.value() != null) {
            MDC.put(RequestIdFilter.MDC_KEY, RequestIds.acceptOrCreate(new String(requestId.value(), StandardCharsets.UTF_8)));
        }
        Context context = Span.current().getSpanContext().isValid() ? Context.current() : TraceContext.of(record);
        SpanContext span = Span.fromContext(context).getSpanContext();
        if (span.isValid()) {
            MDC.put(TRACE_ID_KEY, span.getTraceId());
        }
        EventMetrics.Delivery delivery = metrics == null ? null : metrics.delivery(consumer);
        try (Scope traced = context.makeCurrent()) {
            IncomingEvent event = IncomingEvent.from(record);
            Consumer<IncomingEvent> handler = byType.get(event.type());
            if (delivery != null) {
                delivery.type(handler != null ? event.type() : EventMetrics.OTHER);
            }
            if (!inbox.firstDelivery(consumer, event)) {
                LOG.infof("Skipped %s %s: %s has applied it already", event.type(), event.id(), consumer);
                ignored(delivery, EventMetrics.Ignored.DUPLICATE);
                return;
            }
            if (handler != null) {
                handler.accept(event);
                LOG.infof("Applied %s %s in %s", event.type(), event.id(), consumer);
            } else {
                ignored(delivery, EventMetrics.Ignored.NO_HANDLER);
            }
        } catch (RuntimeException e) {
            if (delivery != null) {
                delivery.failed();
            }
            throw e;
        } finally {
            MDC.remove(RequestIdFilter.MDC_KEY);
            MDC.remove(TRACE_ID_KEY);
        }
    }

    private static void ignored(EventMetrics.Delivery delivery, EventMetrics.Ignored reason) {
        if (delivery != null) {
            delivery.ignored(reason);
        }
    }
}
