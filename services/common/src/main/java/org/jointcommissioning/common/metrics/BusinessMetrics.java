package org.jointcommissioning.common.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The platform's business counters (opportunities published, bids submitted, money reserved, ...), each moved only
 * once the transaction that made the change commits. Call them from the use case, where the state changes.
 * Counters are not the books: amounts of money are doubles here for the dashboards, while the ledger keeps them exact.
 */
@ApplicationScoped
public class BusinessMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    AfterCommit afterCommit;

    /** Registers the counter at zero, so that it is scraped (and rates are right) before its first change. */
    public void declare(CounterName counter, String... tags) {
        counter(counter, tags);
    }

    /** Counts one, once the current transaction commits. */
    public void count(CounterName counter, String... tags) {
        add(counter, 1, tags);
    }

    /** Adds {@code amount}, once the current transaction commits; a negative or zero amount changes nothing. */
    public void add(CounterName counter, double amount, String... tags) {
        if (amount <= 0) {
            return;
        }
        afterCommit.run(() -> counter(counter, tags).increment(amount));
    }

    private Counter counter(CounterName counter, String... tags) {
        return Counter.builder(counter.name()).description(counter.description()).tags(tags).register(registry);
    }
}
