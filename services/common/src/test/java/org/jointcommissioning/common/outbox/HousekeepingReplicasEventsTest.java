package org.jointcommissioning.common.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Housekeeping as two copies of a service run it: while one purges, the other leaves the rows to it. */
@QuarkusTest
class HousekeepingReplicasEventsTest {

    @Inject
    Housekeeping housekeeping;

    @Inject
    EntityManager em;

    @Test
    void aCopyLeavesThePurgeToTheCopyThatHoldsTheLock() throws Exception {
        String key = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into idempotency_record (scope, idempotency_key, request_hash, created_at)
                        values ('test', :key, 'hash', now() - interval '30 days')""")
                .setParameter("key", key).executeUpdate());

        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService otherCopy = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = otherCopy.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("select pg_advisory_xact_lock(:lock)")
                        .setParameter("lock", Housekeeping.HOUSEKEEPING_LOCK).getSingleResult();
                locked.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertTrue(locked.await(20, TimeUnit.SECONDS));
            try {
                assertFalse(housekeeping.purge(), "the other copy is purging");
                assertEquals(1, records(key));
            } finally {
                release.countDown();
                holder.get(20, TimeUnit.SECONDS);
            }
        } finally {
            otherCopy.shutdownNow();
        }
        assertTrue(housekeeping.purge());
        assertEquals(0, records(key));
    }

    private long records(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from idempotency_record where idempotency_key = :key")
                .setParameter("key", key).getSingleResult()).longValue());
    }
}
