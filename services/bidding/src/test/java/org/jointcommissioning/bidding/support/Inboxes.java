package org.jointcommissioning.bidding.support;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import org.jointcommissioning.contracts.events.Topics;
import org.jointcommissioning.testing.KafkaEvents;

import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Knows when the service has consumed an opportunity's events so far, by sending a marker after them. */
public final class Inboxes {

    private Inboxes() {
    }

    /**
     * Sends an event type the service ignores on the opportunity's partition and waits until the inbox
     * records it: everything sent before it on that partition has been consumed too.
     */
    public static void awaitOpportunityEventsConsumed(String opportunityId) {
        String marker = UUID.randomUUID().toString();
        KafkaEvents.sendRaw(Topics.COMMISSIONING_OPPORTUNITIES, marker, "commissioning.TestMarker.v1", opportunityId, "{}");
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(marker));
    }

    private static boolean applied(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("select count(*) from inbox where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).intValue() == 1);
    }
}
