package org.jointcommissioning.common.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jointcommissioning.common.audit.AuditOrigin;

/**
 * Remembers which events a consumer has applied, in the same transaction as the effect. Call
 * {@link #firstDelivery} first: when it answers false, the event was applied before and must be skipped.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, IncomingEvent event) {
        // A concurrent delivery of the same event waits on this row and then sees the conflict.
        int inserted = em.createNativeQuery("""
                        insert into inbox (consumer, event_id, event_type) values (:consumer, :id, :type)
                        on conflict do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .executeUpdate();
        if (inserted != 1) {
            return false;
        }
        // The audit trail attributes what the consumer now changes to it, and to this event.
        new AuditOrigin(consumer, event.id(), event.type()).bindToTransaction();
        return true;
    }
}
