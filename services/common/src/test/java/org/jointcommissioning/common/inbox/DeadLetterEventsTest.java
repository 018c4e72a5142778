package org.jointcommissioning.common.inbox;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jointcommissioning.common.app.NoteWritten;
import org.jointcommissioning.common.app.Notes;
import org.jointcommissioning.testing.KafkaEvents;
import org.jointcommissioning.testing.ReceivedEvent;
import org.jointcommissioning.testing.metrics.Scrape;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class DeadLetterEventsTest {

    private static final String DEAD = "platform_events_dead_lettered_total";

    @Inject
    EntityManager em;

    @Test
    void aMessageThatIsNotACloudEventGoesToTheDeadLetterTopicAndTheNextOneIsApplied() {
        String key = UUID.randomUUID().toString();
        double deadBefore = Scrape.now().value(DEAD, "consumer", "note-recorder", "type", "unreadable");
        KafkaEvents.sendRaw("test.notes", null, null, key, "{not json at all");
        KafkaEvents.send(UUID.randomUUID().toString(), new NoteWritten(UUID.randomUUID().toString(), "dlq-next-1"));

        ReceivedEvent dead = KafkaEvents.await("toolkit.dead-letter", e -> key.equals(e.key()), 1,
                Duration.ofSeconds(30)).get(0);

        assertTrue(dead.headers().get("dead-letter-reason").contains("Not a CloudEvent"),
                dead.headers().toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> Notes.applied(em, "dlq-next-1").size() == 1);
        assertEquals(deadBefore + 1, Scrape.now().value(DEAD, "consumer", "note-recorder", "type", "unreadable"));
    }

    @Test
    void anEventItsConsumerRefusesGoesToTheDeadLetterTopicWithTheReason() {
        String noteId = UUID.randomUUID().toString();
        double deadBefore = Scrape.now().value(DEAD, "type", "toolkit.NoteWritten.v1");
        KafkaEvents.send(noteId, new NoteWritten(noteId, "poison-note"));
        KafkaEvents.send(UUID.randomUUID().toString(), new NoteWritten(UUID.randomUUID().toString(), "dlq-next-2"));

        List<ReceivedEvent> dead = KafkaEvents.await("toolkit.dead-letter", e -> noteId.equals(e.key()), 1,
                Duration.ofSeconds(30));

        assertEquals("A poisoned note cannot be applied", dead.get(0).headers().get("dead-letter-reason"));
        await().atMost(Duration.ofSeconds(20)).until(() -> Notes.applied(em, "dlq-next-2").size() == 1);
        assertEquals(List.of(), Notes.applied(em, "poison-note"), "the refused event's effect was rolled back");
        assertEquals(deadBefore + 1, Scrape.now().value(DEAD, "type", "toolkit.NoteWritten.v1"));
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String noteId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        double duplicatesBefore = Scrape.now().value("platform_events_ignored_total", "reason", "duplicate");
        KafkaEvents.send(eventId, noteId, new NoteWritten(noteId, "redelivered-note"));
        KafkaEvents.send(eventId, noteId, new NoteWritten(noteId, "redelivered-note"));
        KafkaEvents.send(UUID.randomUUID().toString(), noteId, new NoteWritten(noteId, "redelivered-note-after"));

        await().atMost(Duration.ofSeconds(20)).until(() -> Notes.applied(em, "redelivered-note-after").size() == 1);
        assertEquals(List.of("redelivered-note", "redelivered-note-after"), Notes.applied(em, "redelivered-note"));
        assertEquals(duplicatesBefore + 1, Scrape.now().value("platform_events_ignored_total", "reason", "duplicate"));
    }
}
