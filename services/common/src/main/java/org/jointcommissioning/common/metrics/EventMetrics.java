package org.jointcommissioning.common.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What each consumer did with the events it read: applied, ignored (a redelivery it had applied already, or a type it
 * has no handler for) or dead-lettered (its transaction rolled back, so the message went to the dead-letter topic).
 * Counted when the consumer's transaction ends, so a count always matches what the inbox holds.
 */
@ApplicationScoped
@Unremovable // looked up by EventHandlers, which is no bean
public class EventMetrics {

    /** Why an event was read and left alone. */
    public enum Ignored {
        DUPLICATE("duplicate"), NO_HANDLER("no-handler");

        private final String tag;

        Ignored(String tag) {
            this.tag = tag;
        }
    }

    /** The type of a record that was not a readable CloudEvent. */
    public static final String UNREADABLE = "unreadable";
    /** The type of an event the consumer has no handler for (any type a producer may invent: not a tag of its own). */
    public static final String OTHER = "other";

    static final CounterName APPLIED = CounterName.of("platform.events.applied",
            "Events a consumer applied (its effect committed with the inbox row)");
    static final CounterName IGNORED = CounterName.of("platform.events.ignored",
            "Events a consumer read and left alone: reason duplicate (applied before) or no-handler");
    static final CounterName DEAD_LETTERED = CounterName.of("platform.events.dead.lettered",
            "Events a consumer failed to apply: rolled back and sent to <service>.dead-letter");

    @Inject
    MeterRegistry registry;

    @Inject
    AfterCommit afterCommit;

    /** The container's instance, or none outside a running application (then nothing is counted). */
    public static EventMetrics current() {
        ArcContainer container = Arc.container();
        if (container == null || !container.isRunning()) {
            return null;
        }
        return container.instance(EventMetrics.class).get();
    }

    /** Registers a consumer's counters for a type it handles at zero, so that they are scraped before any event. */
    public void declare(String consumer, String type) {
        counter(APPLIED, consumer, type, null);
        counter(IGNORED, consumer, type, Ignored.DUPLICATE);
        counter(DEAD_LETTERED, consumer, type, null);
    }

    /** Starts counting one delivery; the answer learns the event's type and fate, and counts when the transaction ends. */
    public Delivery delivery(String consumer) {
        Delivery delivery = new Delivery(consumer);
        if (!afterCommit.whenEnded(delivery::ended)) {
            delivery.untracked = true;
        }
        return delivery;
    }

    private Counter counter(CounterName name, String consumer, String type, Ignored reason) {
        Counter.Builder builder = Counter.builder(name.name()).description(name.description())
                .tag("consumer", consumer).tag("type", type);
        if (reason != null) {
            builder.tag("reason", reason.tag);
        }
        return builder.register(registry);
    }

    /** One record's way through a consumer. */
    public final class Delivery {

        private final String consumer;
        private String type = UNREADABLE;
        private Ignored ignored;
        private boolean untracked;

        private Delivery(String consumer) {
            this.consumer = consumer;
        }

        public void type(String type) {
            this.type = type;
        }

        public void ignored(Ignored reason) {
            this.ignored = reason;
        }

        /** Counts a failure at once when no transaction will tell the outcome. */
        public void failed() {
            if (untracked) {
                counter(DEAD_LETTERED, consumer, type, null).increment();
            }
        }

        private void ended(boolean committed) {
            if (!committed) {
                // The @Incoming method failed: the toolkit's failure strategy sends the record to the dead-letter topic.
                counter(DEAD_LETTERED, consumer, type, null).increment();
            } else if (ignored != null) {
                counter(IGNORED, consumer, type, ignored).increment();
            } else {
                counter(APPLIED, consumer, type, null).increment();
            }
        }
    }
}
