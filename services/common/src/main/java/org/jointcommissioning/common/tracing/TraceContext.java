package org.jointcommissioning.common.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * The W3C trace context as events carry it: captured from the current span when an event is written to the outbox,
 * and read back from a record's headers by a consumer.
 */
public final class TraceContext {

    public static final String HEADER = "traceparent";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private TraceContext() {
    }

    /** The current trace context as a {@code traceparent} value, or null when nothing is traced. */
    public static String current() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(Context.current(), carrier, Map::put);
        return carrier.get(HEADER);
    }

    /**
     * A trace context kept as a {@code traceparent} value (for work that a job does later in the same trace), on top
     * of the current context; unchanged when the value is null.
     */
    public static Context of(String traceparent) {
        if (traceparent == null) {
            return Context.current();
        }
        return W3C.extract(Context.current(), Map.of(HEADER, traceparent), MAP);
    }

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    /** The trace context a record carries, on top of the current context (unchanged when it carries none). */
    public static Context of(ConsumerRecord<?, ?> record) {
        return W3C.extract(Context.current(), record, RECORD_HEADERS);
    }

    private static final TextMapGetter<ConsumerRecord<?, ?>> RECORD_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ConsumerRecord<?, ?> record) {
            return StreamSupport.stream(record.headers().spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(ConsumerRecord<?, ?> record, String key) {
            Header header = record == null ? null : record.headers().lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };
}
