package org.jointcommissioning.budgets;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jointcommissioning.budgets.domain.Amounts;
import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.testing.KafkaEvents;
import org.jointcommissioning.testing.ReceivedEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A fund that cannot or may not pay for an award answers FundingRejected with the reason. */
@QuarkusTest
class FundingRejectionsEventsTest {

    @Inject
    TestFunds funds;

    @Test
    void anUnknownFund() {
        assertRejected(Saga.requestFunding(UUID.randomUUID().toString(), "10.00"), "unknown-fund");
    }

    @Test
    void aClosedFund() {
        String fundId = funds.fund();
        funds.paidIn(fundId, "county-council", "100.00");
        funds.close(fundId);
        assertRejected(Saga.requestFunding(fundId, "10.00"), "fund-closed");
    }

    @Test
    void anAwardOfAPartnerThatIsNotAMember() {
        String fundId = funds.fund();
        funds.paidIn(fundId, "county-council", "100.00");
        String awardId = Saga.newAwardId();
        KafkaEvents.send(awardId, Saga.fundingRequested(awardId, fundId, "nhs-trust", Money.gbp("10.00")));
        ReceivedEvent answer = Saga.answerTo(awardId);
        assertEquals("not-a-member", answer.json().path("reason").asText());
        assertEquals("nhs-trust is not a member of fund " + fundId, answer.json().path("detail").asText());
        assertEquals(Amounts.of("100"), funds.balances(fundId).availableToCommit());
    }

    @Test
    void anotherCurrency() {
        String fundId = funds.fund();
        funds.paidIn(fundId, "county-council", "100.00");
        String awardId = Saga.newAwardId();
        KafkaEvents.send(awardId, Saga.fundingRequested(awardId, fundId, new Money(new BigDecimal("10.00"), "EUR")));
        assertRejected(awardId, "currency-mismatch");
    }

    @Test
    void notEnoughMoney() {
        String fundId = funds.fund();
        funds.paidIn(fundId, "county-council", "100.00");
        assertRejected(Saga.requestFunding(fundId, "100.01"), "insufficient-funds");
    }

    private static void assertRejected(String awardId, String reason) {
        assertEquals(reason, Saga.answerTo(awardId).json().path("reason").asText());
    }
}
