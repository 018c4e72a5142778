package org.jointcommissioning.bidding.support;

import org.jointcommissioning.testing.EventContracts;
import org.jointcommissioning.testing.KafkaEvents;

/** Sends commissioning's events to the broker, each checked against its contract first, as the producer's would be. */
public final class Commissioning {

    private Commissioning() {
    }

    /** Sends a new event; answers its id. */
    public static String send(String key, Record event) {
        EventContracts.assertValid(event);
        return KafkaEvents.send(key, event);
    }

    /** Sends an event with a chosen id: the same id twice is a redelivery. */
    public static String send(String id, String key, Record event) {
        EventContracts.assertValid(event);
        return KafkaEvents.send(id, key, event);
    }
}
