package org.jointcommissioning.common.outbox;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jointcommissioning.common.app.Notes;
import org.jointcommissioning.testing.KafkaEvents;
import org.jointcommissioning.testing.ReceivedEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class OutboxTransactionEventsTest {

    @Test
    void aCommittedEventArrivesOnceAsACloudEvent() {
        String id = Notes.create("committed-note");
        String marker = Notes.create("after-committed-note");
        KafkaEvents.await("test.notes", e -> marker.equals(e.key()), 1, Duration.ofSeconds(20));

        List<ReceivedEvent> events = KafkaEvents.upToNow("test.notes").stream()
                .filter(e -> id.equals(e.key())).toList();

        assertEquals(1, events.size());
        ReceivedEvent event = events.get(0);
        assertEquals("toolkit.NoteWritten.v1", event.type());
        assertEquals("/toolkit", event.headers().get("ce_source"));
        assertEquals(id, event.headers().get("ce_subject"));
        assertEquals("1.0", event.headers().get("ce_specversion"));
        assertEquals("committed-note", event.json().get("text").asText());
    }

    @Test
    void anEventWrittenInARolledBackTransactionNeverReachesKafka() {
        given().contentType(ContentType.JSON).body("{\"text\": \"rolled-back-note\"}")
                .post("/api/notes/failing")
                .then().statusCode(409);
        String marker = Notes.create("after-rollback-note");
        KafkaEvents.await("test.notes", e -> marker.equals(e.key()), 1, Duration.ofSeconds(20));

        List<ReceivedEvent> all = KafkaEvents.upToNow("test.notes");

        assertTrue(all.stream().noneMatch(e -> e.data().contains("rolled-back-note")));
    }
}
