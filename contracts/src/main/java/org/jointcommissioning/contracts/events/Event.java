package org.jointcommissioning.contracts.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event record with its CloudEvents type and the topic it travels on. The schema of its data
 * is {@code contracts/events/<SimpleName>.schema.json}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Event {

    /** The CloudEvents type, {@code <service>.<EventName>.v1}. */
    String type();

    /** The Kafka topic, one of {@link Topics}. */
    String topic();
}
