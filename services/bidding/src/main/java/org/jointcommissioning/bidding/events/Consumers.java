package org.jointcommissioning.bidding.events;

/** The name this service's consumers record applied events under (the inbox) and join Kafka as (group id). */
final class Consumers {

    static final String NAME = "bidding";

    private Consumers() {
    }
}
