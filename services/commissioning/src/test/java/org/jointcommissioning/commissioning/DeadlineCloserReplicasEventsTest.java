package org.jointcommissioning.commissioning;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.service.DeadlineCloser;
import org.jointcommissioning.commissioning.support.Db;
import org.jointcommissioning.commissioning.support.Fixtures;
import org.jointcommissioning.commissioning.support.Outbox;
import org.jointcommissioning.contracts.events.OpportunityClosed;
import org.jointcommissioning.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deadline job as two copies of the service run it at once: each opportunity closes exactly once. */
@QuarkusTest
class DeadlineCloserReplicasEventsTest {

    @Inject
    DeadlineCloser closer;

    @Test
    void aCopySkipsAnOpportunityThatAnotherCopyHoldsInsteadOfWaitingForIt() throws Exception {
        MutableClock clock = MutableClock.install();
        String id = Fixtures.countyOpportunity(OpportunityStatus.PUBLISHED);
        clock.advance(Duration.ofDays(2));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService otherCopy = Executors.newSingleThreadExecutor();
        try {
            // The other copy's transaction holds the row, as it would while closing it.
            Future<?> holder = otherCopy.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                Db.em().find(Opportunity.class, id, LockModeType.PESSIMISTIC_WRITE);
                locked.countDown();
                awaitQuietly(release);
            }));
            assertTrue(locked.await(20, TimeUnit.SECONDS));
            try {
                CompletableFuture.supplyAsync(closer::closeDue).get(10, TimeUnit.SECONDS);
                assertEquals(OpportunityStatus.PUBLISHED, status(id), "skipped while the other copy holds it");
            } finally {
                release.countDown();
                holder.get(20, TimeUnit.SECONDS);
            }
        } finally {
            otherCopy.shutdownNow();
        }
        closer.closeDue();
        assertEquals(OpportunityStatus.CLOSED, status(id));
        assertEquals(1, Outbox.count(OpportunityClosed.class, id));
    }

    @Test
    void twoCopiesClosingAtOnceCloseEachOpportunityOnce() throws Exception {
        MutableClock clock = MutableClock.install();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(Fixtures.countyOpportunity(OpportunityStatus.PUBLISHED));
        }
        clock.advance(Duration.ofDays(2));
        ExecutorService copies = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = copies.submit(closer::closeDue);
            Future<Integer> second = copies.submit(closer::closeDue);
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            copies.shutdownNow();
        }
        closer.closeDue();
        for (String id : ids) {
            assertEquals(OpportunityStatus.CLOSED, status(id));
            assertEquals(1, Outbox.count(OpportunityClosed.class, id), "one OpportunityClosed for " + id);
        }
    }

    private static OpportunityStatus status(String id) {
        return Fixtures.read(() -> Db.find(Opportunity.class, id).status());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
