package org.jointcommissioning.bidding.domain;

import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.contracts.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A bid's life, move by move: every pair of states, allowed or refused. */
class BidStatusTest {

    private static final Instant SUBMITTED_AT = Instant.parse("2026-11-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-02T09:00:00Z");

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "SUBMITTED, SUBMITTED, false", "SUBMITTED, WITHDRAWN, true", "SUBMITTED, OPENED, true",
            "SUBMITTED, AWARDED, false", "SUBMITTED, UNSUCCESSFUL, false", "SUBMITTED, CANCELLED, true",
            "WITHDRAWN, SUBMITTED, false", "WITHDRAWN, WITHDRAWN, false", "WITHDRAWN, OPENED, false",
            "WITHDRAWN, AWARDED, false", "WITHDRAWN, UNSUCCESSFUL, false", "WITHDRAWN, CANCELLED, false",
            "OPENED, SUBMITTED, false", "OPENED, WITHDRAWN, false", "OPENED, OPENED, false",
            "OPENED, AWARDED, true", "OPENED, UNSUCCESSFUL, true", "OPENED, CANCELLED, true",
            "AWARDED, SUBMITTED, false", "AWARDED, WITHDRAWN, false", "AWARDED, OPENED, false",
            "AWARDED, AWARDED, true", "AWARDED, UNSUCCESSFUL, true", "AWARDED, CANCELLED, false",
            "UNSUCCESSFUL, SUBMITTED, false", "UNSUCCESSFUL, WITHDRAWN, false", "UNSUCCESSFUL, OPENED, false",
            "UNSUCCESSFUL, AWARDED, true", "UNSUCCESSFUL, UNSUCCESSFUL, true", "UNSUCCESSFUL, CANCELLED, false",
            "CANCELLED, SUBMITTED, false", "CANCELLED, WITHDRAWN, false", "CANCELLED, OPENED, false",
            "CANCELLED, AWARDED, false", "CANCELLED, UNSUCCESSFUL, false", "CANCELLED, CANCELLED, false"})
    void theTransitionTable(BidStatus from, BidStatus to, boolean allowed) {
        assertEquals(allowed, from.canBecome(to));
    }

    @Test
    void aLiveBidIsRevisedOrWithdrawnByItsBidder() {
        Bid bid = submitted();
        bid.revise(Money.gbp("900.00"), bid.content(), LATER);
        assertEquals(Money.gbp("900.00"), bid.price());
        bid.withdraw(LATER);
        assertEquals(BidStatus.WITHDRAWN, bid.status());
        assertEquals(LATER, bid.withdrawnAt());
        assertEquals(ProblemType.CONFLICT, assertThrows(ProblemException.class, () -> bid.withdraw(LATER)).type());
        assertEquals(ProblemType.CONFLICT, assertThrows(ProblemException.class,
                () -> bid.revise(Money.gbp("1.00"), bid.content(), LATER)).type());
    }

    @Test
    void anOpenedBidReceivesItsOutcomeWhichMayBeRevised() {
        Bid bid = submitted();
        bid.open(LATER);
        assertEquals(LATER, bid.openedAt());
        bid.award("award-1", new BigDecimal("88.00"), 1, "Strong", LATER);
        assertEquals(BidStatus.AWARDED, bid.status());
        assertEquals(1, bid.rank());
        bid.reject("award-2", new BigDecimal("88.00"), 2, "Re-awarded", LATER);
        assertEquals(BidStatus.UNSUCCESSFUL, bid.status());
        assertEquals("award-2", bid.awardId());
        assertEquals(2, bid.rank());
        assertEquals("Re-awarded", bid.feedback());
        assertThrows(IllegalStateException.class, () -> bid.cancel(LATER));
    }

    @Test
    void aSealedBidGetsNoOutcomeAndAWithdrawnOneIsNeverOpened() {
        Bid sealed = submitted();
        assertThrows(IllegalStateException.class,
                () -> sealed.award("award-1", BigDecimal.TEN, 1, null, LATER));
        assertThrows(IllegalStateException.class,
                () -> sealed.reject("award-1", BigDecimal.TEN, 2, null, LATER));
        Bid withdrawn = submitted();
        withdrawn.withdraw(LATER);
        assertThrows(IllegalStateException.class, () -> withdrawn.open(LATER));
        assertThrows(IllegalStateException.class, () -> withdrawn.cancel(LATER));
    }

    @Test
    void aLiveOrOpenedBidIsCancelledWithItsOpportunityAndThenEndsThere() {
        Bid live = submitted();
        live.cancel(LATER);
        assertEquals(BidStatus.CANCELLED, live.status());
        assertEquals(LATER, live.cancelledAt());
        Bid opened = submitted();
        opened.open(LATER);
        opened.cancel(LATER);
        assertEquals(BidStatus.CANCELLED, opened.status());
        assertThrows(IllegalStateException.class, () -> opened.open(LATER));
        assertThrows(IllegalStateException.class, () -> opened.award("award-1", BigDecimal.TEN, 1, null, LATER));
        assertEquals(ProblemType.CONFLICT, assertThrows(ProblemException.class, () -> opened.withdraw(LATER)).type());
    }

    private static Bid submitted() {
        return Bid.submitted("bid-1", "opp-1", "lot-1", "carers-network", Money.gbp("1000.00"),
                new BidContent(List.of(), List.of(), List.of(), List.of()), SUBMITTED_AT);
    }
}
