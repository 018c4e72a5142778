package org.jointcommissioning.common.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jointcommissioning.contracts.events.EventTypes;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What one consumer does with each event type of its topic, each event applied at most once through the
 * inbox. Build it once; call {@link #apply} from the {@code @Incoming} method, inside its transaction, so that
 * the inbox row and the effect commit or roll back together.
 */
public final class EventHandlers {

    private final String consumer;
    private final Map<String, Consumer<IncomingEvent>> byType = new HashMap<>();

    private EventHandlers(String consumer) {
        this.consumer = consumer;
    }

    /** {@code consumer} names the inbox's record of what this consumer applied; it must never change. */
    public static EventHandlers forConsumer(String consumer) {
        return new EventHandlers(consumer);
    }

    public <T extends Record> EventHandlers on(Class<T> eventClass, Consumer<T> handler) {
        byType.put(EventTypes.typeOf(eventClass), event -> handler.accept(event.dataAs(eventClass)));
        return this;
    }

    /**
     * Applies the record's event once. Every event is recorded, so the inbox shows how far the consumer has
     * read; types with no handler are not this consumer's and change nothing else. A record that is not a
     * readable CloudEvent fails, for the dead-letter topic.
     */
    public void apply(ConsumerRecord<String, String> record, Inbox inbox) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!inbox.firstDelivery(consumer, event)) {
            return;
        }
        Consumer<IncomingEvent> handler = byType.get(event.type());
        if (handler != null) {
            handler.accept(event);
        }
    }
}
