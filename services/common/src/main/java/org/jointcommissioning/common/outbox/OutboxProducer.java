package org.jointcommissioning.common.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import jakarta.annotation.PreDestroy;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jointcommissioning.common.tracing.TraceContext;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;

/**
 * Sends outbox rows to Kafka as CloudEvents in binary mode. Idempotent producer with acks=all, so a
 * retry inside the client never duplicates or reorders a key's events.
 */
@ApplicationScoped
public class OutboxProducer {

    /** Every {@code kafka.*} setting (servers, TLS, SASL), as Quarkus gives it to the consumers. */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @ConfigProperty(name = "platform.outbox.send-timeout-ms", defaultValue = "10000")
    int sendTimeoutMs;

    @Inject
    MeterRegistry registry;

    private KafkaProducer<String, String> producer;
    private KafkaClientMetrics producerMetrics;

    public synchronized Future<RecordMetadata> send(OutboxMessage message) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", message.id);
        header(headers, "ce_type", message.type);
        header(headers, "ce_source", message.source);
        header(headers, "ce_subject", message.subject);
        header(headers, "ce_time", message.occurredAt.toString());
        header(headers, "content-type", "application/json");
        // The CloudEvents tracing extension, and the plain W3C header that Kafka instrumentation reads.
        header(headers, "ce_traceparent", message.traceparent);
        header(headers, TraceContext.HEADER, message.traceparent);
        header(headers, "ce_requestid", message.requestId);
        return producer().send(new ProducerRecord<>(message.topic, null, message.key, message.payload, headers));
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(configFrom(kafka, sendTimeoutMs));
            // The relay's producer is the toolkit's own, so its client metrics (kafka_producer_*) are bound here.
            producerMetrics = new KafkaClientMetrics(producer);
            producerMetrics.bindTo(registry);
        }
        return producer;
    }

    /** The platform's Kafka settings, with the relay's own guarantees on top. */
    static Properties configFrom(Map<String, Object> kafka, int sendTimeoutMs) {
        Properties config = new Properties();
        config.putAll(kafka);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        // While Kafka is away, fail fast and leave the rows pending: the next relay run retries them.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(sendTimeoutMs, 5000));
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, sendTimeoutMs - 500));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, sendTimeoutMs);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return config;
    }

    int sendTimeoutMs() {
        return sendTimeoutMs;
    }

    /**
     * Drops every send still waiting in the client and starts afresh on the next send. Called when a send has
     * failed: the relay leaves that row and every later one pending, so a later one still in the client's buffer
     * must not reach Kafka on its own when the broker comes back, ahead of the failed one.
     */
    synchronized void abandonPendingSends() {
        if (producerMetrics != null) {
            producerMetrics.close();
            producerMetrics = null;
        }
        if (producer != null) {
            producer.close(java.time.Duration.ZERO);
            producer = null;
        }
    }

    @PreDestroy
    synchronized void close() {
        if (producerMetrics != null) {
            producerMetrics.close();
        }
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
