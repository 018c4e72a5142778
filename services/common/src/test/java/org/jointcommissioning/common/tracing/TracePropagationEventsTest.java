package org.jointcommissioning.common.tracing;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jointcommissioning.testing.KafkaEvents;
import org.jointcommissioning.testing.ReceivedEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One trace from the request through the outbox and Kafka to the consumer: the trace context of the transaction that
 * wrote an event is stored with it, sent with it, and continued by the consumer that applies it.
 */
@QuarkusTest
class TracePropagationEventsTest {

    @Inject
    InMemorySpanExporter spans;

    @Inject
    EntityManager em;

    @Test
    void aRequestsTraceGoesThroughTheOutboxAndKafkaToTheConsumer() {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String requestId = "trace-test-" + UUID.randomUUID();
        String id = given().contentType(ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01")
                .header("X-Request-Id", requestId)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"text\": \"traced-note\"}")
                .post("/api/notes")
                .then().statusCode(201).extract().path("id");

        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("select traceparent from outbox where message_key = :key")
                .setParameter("key", id).getSingleResult());
        assertTrue(stored.startsWith("00-" + traceId + "-"), stored);

        ReceivedEvent event = KafkaEvents.await("test.notes", e -> id.equals(e.key()), 1, Duration.ofSeconds(20)).get(0);
        assertEquals(stored, event.headers().get("ce_traceparent"));
        assertEquals(stored, event.headers().get("traceparent"));
        assertEquals(requestId, event.headers().get("ce_requestid"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<SpanData> trace = spans.getFinishedSpanItems().stream()
                    .filter(span -> span.getTraceId().equals(traceId)).toList();
            assertTrue(trace.stream().anyMatch(span -> span.getKind() == SpanKind.SERVER), "the request: " + trace);
            assertTrue(trace.stream().anyMatch(span -> span.getKind() == SpanKind.CONSUMER), "the consumer: " + trace);
        });
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1; // never all zeros, which W3C calls invalid
        return bytes;
    }
}
