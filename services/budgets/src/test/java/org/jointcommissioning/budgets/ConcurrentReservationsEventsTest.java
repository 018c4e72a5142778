package org.jointcommissioning.budgets;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jointcommissioning.budgets.domain.Amounts;
import org.jointcommissioning.budgets.domain.Balances;
import org.jointcommissioning.budgets.service.ReservationService;
import org.jointcommissioning.common.json.EventJson;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** 50 awards of £30,000 at once against £1m: exactly 33 are reserved, and nothing is over-committed. */
@QuarkusTest
class ConcurrentReservationsEventsTest {

    @Inject
    TestFunds funds;

    @Inject
    ReservationService reservations;

    @Test
    void exactlyAsManyAsTheFundCoversAreReserved() throws Exception {
        String fundId = funds.fund();
        funds.paidIn(fundId, "county-council", "1000000.00");
        // The event mapper is first loaded here, not by fifty threads at once: that race once failed its class
        // initialisation with a loader constraint violation, and with it every later test in the JVM.
        EventJson.mapper();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(50);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                outcomes.add(threads.submit(() -> {
                    start.await();
                    return reservations.reserve(Saga.fundingRequested(Saga.newAwardId(), fundId, "30000.00"))
                            .isPresent();
                }));
            }
            start.countDown();
            long reserved = 0;
            for (Future<Boolean> outcome : outcomes) {
                reserved += outcome.get() ? 1 : 0;
            }
            assertEquals(33, reserved);
        } finally {
            threads.shutdownNow();
        }
        Balances balances = funds.balances(fundId);
        assertEquals(Amounts.of("990000"), balances.reserved());
        assertEquals(Amounts.of("10000"), balances.availableToCommit());
    }
}
