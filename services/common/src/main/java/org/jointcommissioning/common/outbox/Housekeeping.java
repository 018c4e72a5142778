package org.jointcommissioning.common.outbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Purges what the toolkit no longer needs: sent outbox rows, inbox records and idempotency records
 * older than their retention. Inbox records are kept far longer than Kafka could redeliver. With several copies of
 * a service, one purges at a time (a transaction-scoped advisory lock): the others find the lock taken and leave
 * it to that one, instead of deleting the same rows at once and waiting on each other's row locks.
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);
    /** Any constant other than the relay's: each service has its own database. */
    static final long HOUSEKEEPING_LOCK = 0x686f7573656bL;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @ConfigProperty(name = "platform.outbox.retention", defaultValue = "P7D")
    Duration outboxRetention;

    @ConfigProperty(name = "platform.inbox.retention", defaultValue = "P30D")
    Duration inboxRetention;

    @ConfigProperty(name = "platform.idempotency.retention", defaultValue = "P7D")
    Duration idempotencyRetention;

    @Scheduled(every = "${platform.housekeeping.interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        purge();
    }

    /** Purges, unless another copy of the service is purging right now; answers whether this one did. */
    @Transactional
    public boolean purge() {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", HOUSEKEEPING_LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            LOG.debug("Housekeeping skipped: another copy of the service is purging");
            return false;
        }
        Instant now = clock.instant();
        int outbox = em.createNativeQuery("delete from outbox where sent_at is not null and sent_at < :before")
                .setParameter("before", now.minus(outboxRetention)).executeUpdate();
        int inbox = em.createNativeQuery("delete from inbox where processed_at < :before")
                .setParameter("before", now.minus(inboxRetention)).executeUpdate();
        int keys = em.createNativeQuery("delete from idempotency_record where created_at < :before")
                .setParameter("before", now.minus(idempotencyRetention)).executeUpdate();
        if (outbox + inbox + keys > 0) {
            LOG.infof("Housekeeping purged %d sent events, %d inbox records, %d idempotency records",
                    outbox, inbox, keys);
        }
        return true;
    }
}
