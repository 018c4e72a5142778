package org.jointcommissioning.common.outbox;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jointcommissioning.common.app.Notes;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class KafkaOutageEventsTest {

    @Inject
    EntityManager em;

    @Test
    void eventsWrittenWhileKafkaIsAwayAreAllDeliveredInOrderWhenItReturns() throws Exception {
        List<String> written = IntStream.range(0, 12).mapToObj(i -> "outage-note-%02d".formatted(i)).toList();
        KafkaThroughProxyResource.proxy().cut();
        try {
            written.forEach(Notes::create);
            await().atMost(Duration.ofSeconds(60)).until(this::aSendHasFailed);
            assertTrue(pendingCount() >= written.size(), "the events wait in the outbox");
        } finally {
            KafkaThroughProxyResource.proxy().restore();
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> Notes.applied(em, "outage-note").size() == written.size());
        assertEquals(written, Notes.applied(em, "outage-note"));
        assertEquals(0, pendingCount());
    }

    private boolean aSendHasFailed() {
        return Notes.count(em, "select count(*) from outbox where sent_at is null and attempts > 0") > 0;
    }

    private long pendingCount() {
        return Notes.count(em, "select count(*) from outbox where sent_at is null");
    }
}
