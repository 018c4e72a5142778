package org.jointcommissioning.common.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.Optional;

/**
 * The event being applied in the current transaction, for the changes that an event consumer (not a person) makes:
 * the inbox names it as soon as it records the delivery, and the audit trail attributes the transaction's changes
 * to {@code event:<consumer>}, with the event's id in place of a request id.
 */
public record AuditOrigin(String consumer, String eventId, String eventType) {

    private static final String KEY = AuditOrigin.class.getName();

    /** The subject recorded for the consumer's changes. */
    public String subject() {
        return "event:" + consumer;
    }

    /** Marks the current transaction as the application of this event. */
    public void bindToTransaction() {
        registry().ifPresent(registry -> registry.putResource(KEY, this));
    }

    /** The event the current transaction applies, if it applies one. */
    public static Optional<AuditOrigin> ofTransaction() {
        return registry()
                .filter(registry -> registry.getTransactionKey() != null)
                .map(registry -> registry.getResource(KEY))
                .map(AuditOrigin.class::cast);
    }

    private static Optional<TransactionSynchronizationRegistry> registry() {
        if (Arc.container() == null) {
            return Optional.empty();
        }
        InstanceHandle<TransactionSynchronizationRegistry> handle =
                Arc.container().instance(TransactionSynchronizationRegistry.class);
        return handle.isAvailable() ? Optional.of(handle.get()) : Optional.empty();
    }
}
