package org.jointcommissioning.budgets;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jointcommissioning.budgets.domain.Amounts;
import org.jointcommissioning.contracts.events.FundsReserved;
import org.jointcommissioning.testing.KafkaEvents;
import org.jointcommissioning.testing.ReceivedEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** 50 funding requests sent at once over Kafka against a fund that covers 33: 33 reserved, 17 rejected. */
@QuarkusTest
class ConcurrentSagaReservationsEventsTest {

    @Inject
    TestFunds funds;

    @Test
    void theSagaReservesExactlyAsManyAsTheFundCovers() throws Exception {
        String fundId = funds.fund();
        funds.paidIn(fundId, "nhs-trust", "1000000.00");
        ExecutorService senders = Executors.newFixedThreadPool(10);
        List<Future<String>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                sent.add(senders.submit(() -> Saga.requestFunding(fundId, "30000.00")));
            }
            Set<String> awardIds = new HashSet<>();
            for (Future<String> awardId : sent) {
                awardIds.add(awardId.get());
            }
            List<ReceivedEvent> answers = Saga.answersTo(awardIds);
            assertEquals(33, answers.stream().filter(KafkaEvents.ofType(FundsReserved.class)).count());
            assertEquals(17, answers.stream().filter(e -> "insufficient-funds".equals(e.json().path("reason").asText()))
                    .count());
        } finally {
            senders.shutdownNow();
        }
        assertEquals(Amounts.of("10000"), funds.balances(fundId).availableToCommit());
    }
}
