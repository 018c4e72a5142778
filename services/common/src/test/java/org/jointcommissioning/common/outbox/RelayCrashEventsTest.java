package org.jointcommissioning.common.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jointcommissioning.common.app.Notes;
import org.jointcommissioning.testing.KafkaEvents;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A relay that dies after Kafka took an event but before it marked the row sent leaves the row pending:
 * the next run sends it again, with the same id, and the consumer's inbox applies it once.
 */
@QuarkusTest
class RelayCrashEventsTest {

    @Inject
    EntityManager em;

    @Test
    void anEventSentTwiceAfterARelayCrashIsAppliedOnce() {
        String id = Notes.create("crash-note");
        await().atMost(Duration.ofSeconds(20)).until(() -> Notes.applied(em, "crash-note").size() == 1);

        forgetThatItWasSent(id);

        KafkaEvents.await("test.notes", e -> id.equals(e.key()), 2, Duration.ofSeconds(20));
        List<String> ids = KafkaEvents.upToNow("test.notes").stream()
                .filter(e -> id.equals(e.key())).map(e -> e.id()).distinct().toList();
        assertEquals(1, ids.size(), "both copies carry the same event id");
        // A marker on the same key shares the partition, so once it is applied the second copy has been handled.
        KafkaEvents.sendRaw("test.notes", UUID.randomUUID().toString(), "toolkit.NoteWritten.v1", id,
                "{\"noteId\": \"" + UUID.randomUUID() + "\", \"text\": \"crash-marker\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> Notes.applied(em, "crash-marker").size() == 1);
        assertEquals(List.of("crash-note"), Notes.applied(em, "crash-note"));
    }

    /** What a crash between sending and marking leaves behind. */
    void forgetThatItWasSent(String key) {
        int rows = QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("update outbox set sent_at = null where message_key = :key")
                        .setParameter("key", key).executeUpdate());
        assertEquals(1, rows);
    }
}
