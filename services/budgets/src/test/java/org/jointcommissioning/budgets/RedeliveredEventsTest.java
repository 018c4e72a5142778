package org.jointcommissioning.budgets;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jointcommissioning.budgets.domain.Amounts;
import org.jointcommissioning.budgets.domain.Balances;
import org.jointcommissioning.contracts.events.Topics;
import org.jointcommissioning.testing.KafkaEvents;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The same event delivered twice reserves and commits once. */
@QuarkusTest
class RedeliveredEventsTest {

    @Inject
    TestFunds funds;

    @Test
    void aRedeliveredEventChangesNothing() {
        String fundId = funds.fund();
        funds.paidIn(fundId, "county-council", "100000.00");
        String awardId = Saga.newAwardId();
        String requested = UUID.randomUUID().toString();
        String awarded = UUID.randomUUID().toString();
        // One key for every event here, so they share a partition and are applied in the order sent.
        KafkaEvents.send(requested, awardId, Saga.fundingRequested(awardId, fundId, "40000.00"));
        KafkaEvents.send(requested, awardId, Saga.fundingRequested(awardId, fundId, "40000.00"));
        KafkaEvents.send(awarded, awardId, Saga.contractAwarded(awardId, fundId, "40000.00"));
        KafkaEvents.send(awarded, awardId, Saga.contractAwarded(awardId, fundId, "40000.00"));
        String marker = Saga.newAwardId();
        KafkaEvents.send(awardId, Saga.fundingRequested(marker, fundId, "1.00"));
        Saga.answerTo(marker);

        Balances balances = funds.balances(fundId);
        assertEquals(Amounts.of("40000"), balances.committed());
        assertEquals(Amounts.of("1"), balances.reserved());
        assertEquals(Amounts.of("59999"), balances.availableToCommit());
        long answers = KafkaEvents.upToNow(Topics.BUDGETS_FUNDS).stream()
                .filter(e -> awardId.equals(e.json().path("awardId").asText())).count();
        assertEquals(2, answers, "one FundsReserved and one FundsCommitted");
    }
}
