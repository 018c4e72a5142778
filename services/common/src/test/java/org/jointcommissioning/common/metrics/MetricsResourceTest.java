package org.jointcommissioning.common.metrics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import org.jointcommissioning.common.app.Notes;
import org.jointcommissioning.testing.metrics.ExportedMetrics;
import org.jointcommissioning.testing.metrics.Scrape;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class MetricsResourceTest {

    private static final String NOTES = "platform_notes_written_total";
    private static final String[] NOTE_RECORDER = {"consumer", "note-recorder", "type", "toolkit.NoteWritten.v1"};

    @Inject
    OutboxBacklog backlog;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    UserTransaction transaction;

    @Test
    void theBacklogCountsUnsentEventsAndTheAgeOfTheOldest() throws Exception {
        // Inside a transaction that rolls back: the relay never sees the row, the backlog's query does.
        transaction.begin();
        try {
            em.createNativeQuery("""
                            insert into outbox (id, topic, message_key, type, source, subject, occurred_at, payload)
                            values (:id, 'test.unsent', 'k', 'toolkit.Unsent.v1', '/toolkit', 'k', :at, '{}')""")
                    .setParameter("id", UUID.randomUUID().toString())
                    .setParameter("at", clock.instant().minusSeconds(600)).executeUpdate();
            backlog.refresh();
            assertTrue(backlog.pending() >= 1, "pending " + backlog.pending());
            assertTrue(backlog.oldestAgeSeconds() >= 600, "oldest " + backlog.oldestAgeSeconds());
        } finally {
            transaction.rollback();
        }
        backlog.refresh();
    }

    @Test
    void aChangeIsCountedWhenItCommitsAndNeverWhenItRollsBack() {
        double before = Scrape.now().value(NOTES);

        given().contentType(ContentType.JSON).body("{\"text\": \"rolled back, never counted\"}")
                .post("/api/notes/failing").then().statusCode(409);
        assertEquals(before, Scrape.now().value(NOTES), "a rolled-back change is not counted");

        Notes.create("committed, counted");
        assertEquals(before + 1, Scrape.now().value(NOTES), "a committed change is counted once");
    }

    @Test
    void theRelaySentAndTheConsumerAppliedAreCountedAndTheBacklogIsMeasured() {
        Scrape before = Scrape.now();
        assertTrue(before.has("platform_outbox_pending", "application", "toolkit"), before.names().toString());
        assertTrue(before.has("platform_outbox_oldest_pending_age_seconds"), before.names().toString());

        Notes.create("metrics-applied");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Scrape after = Scrape.now();
            assertTrue(after.value("platform_outbox_sent_total") >= before.value("platform_outbox_sent_total") + 1);
            assertTrue(after.value("platform_events_applied_total", NOTE_RECORDER)
                    >= before.value("platform_events_applied_total", NOTE_RECORDER) + 1);
        });
        Scrape after = Scrape.now();
        assertTrue(after.has("platform_events_dead_lettered_total", NOTE_RECORDER), "declared with the handler");
        assertTrue(after.has("platform_events_ignored_total", "reason", "duplicate"), "declared with the handler");
        ExportedMetrics.assertExported("toolkit", after);
    }

    @Test
    void httpTimingsAreByUriTemplateNeverByRawPath() {
        String id = Notes.create("timed");
        given().get("/api/notes/" + id).then().statusCode(200);
        given().get("/api/notes/no-such-note-" + id).then().statusCode(404);
        given().get("/api/nothing-here/" + id).then().statusCode(404);

        Scrape scrape = Scrape.now();
        assertTrue(scrape.has("http_server_requests_seconds_count", "uri", "/api/notes/{id}", "method", "GET"),
                scrape.series("http_server_requests_seconds_count").toString());
        assertTrue(scrape.has("http_server_requests_seconds_bucket", "uri", "/api/notes/{id}", "le", "0.1"),
                "latency buckets for percentiles");
        assertTrue(scrape.series("http_server_requests_seconds_count").stream()
                        .noneMatch(s -> s.labels().getOrDefault("uri", "").contains(id)),
                scrape.series("http_server_requests_seconds_count").toString());
    }
}
