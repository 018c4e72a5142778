package org.jointcommissioning.commissioning.support;

import org.jointcommissioning.common.outbox.OutboxMessage;
import org.jointcommissioning.contracts.events.EventTypes;

/** What the service has committed to announce, whether or not the relay has sent it yet. */
public final class Outbox {

    private Outbox() {
    }

    public static long count(Class<? extends Record> type, String key) {
        return Fixtures.read(() -> OutboxMessage.count("type = ?1 and key = ?2", EventTypes.typeOf(type), key));
    }
}
