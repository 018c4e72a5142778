package org.jointcommissioning.commissioning.domain;

import org.jointcommissioning.common.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An award waits for its fund, stands still (suspended while challenged), then is active; a live one may be cancelled. */
class AwardLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-12-02T09:00:00Z");
    private static final Instant T2 = Instant.parse("2026-12-14T00:00:00Z");

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "PENDING_FUNDING, STANDSTILL, true", "PENDING_FUNDING, ACTIVE, false",
            "PENDING_FUNDING, FUNDING_FAILED, true", "PENDING_FUNDING, CANCELLED, true",
            "PENDING_FUNDING, SUSPENDED, false",
            "STANDSTILL, ACTIVE, true", "STANDSTILL, SUSPENDED, true", "STANDSTILL, CANCELLED, true",
            "STANDSTILL, FUNDING_FAILED, false", "STANDSTILL, PENDING_FUNDING, false",
            "SUSPENDED, STANDSTILL, true", "SUSPENDED, CANCELLED, true", "SUSPENDED, ACTIVE, false",
            "ACTIVE, PENDING_FUNDING, false", "ACTIVE, ACTIVE, false", "ACTIVE, STANDSTILL, false",
            "ACTIVE, SUSPENDED, false", "ACTIVE, FUNDING_FAILED, false", "ACTIVE, CANCELLED, true",
            "FUNDING_FAILED, STANDSTILL, false", "FUNDING_FAILED, ACTIVE, false", "FUNDING_FAILED, CANCELLED, false",
            "CANCELLED, PENDING_FUNDING, false", "CANCELLED, STANDSTILL, false", "CANCELLED, ACTIVE, false",
            "CANCELLED, CANCELLED, false"})
    void theTransitionTable(AwardStatus from, AwardStatus to, boolean allowed) {
        assertEquals(allowed, from.canBecome(to));
    }

    @Test
    void aFundedAwardStandsStillThenIsActiveAndMayBeCancelled() {
        Award award = pending();
        award.standStill(T1, T2);
        assertEquals(AwardStatus.STANDSTILL, award.status());
        assertEquals(T2, award.standstillEndsAt());
        award.activate(T2);
        assertEquals(AwardStatus.ACTIVE, award.status());
        assertEquals(T2, award.activatedAt());
        award.cancel("Supplier withdrew", T2);
        assertEquals(AwardStatus.CANCELLED, award.status());
        assertEquals(T2, award.endedAt());
    }

    @Test
    void aChallengeSuspendsTheStandstillUntilItIsAnswered() {
        Award award = pending();
        award.standStill(T1, T2);
        award.suspend();
        assertEquals(AwardStatus.SUSPENDED, award.status());
        assertThrows(IllegalStateException.class, () -> award.activate(T2));
        award.resume();
        assertEquals(AwardStatus.STANDSTILL, award.status());
    }

    @Test
    void aPendingAwardIsNotActivatedBeforeItsStandstill() {
        assertThrows(IllegalStateException.class, () -> pending().activate(T1));
    }

    @Test
    void aFailedAwardIsNeitherActivatedNorCancelled() {
        Award award = pending();
        award.fail("insufficient-funds", T1);
        assertThrows(IllegalStateException.class, () -> award.activate(T1));
        assertEquals("A funding-failed award cannot be cancelled",
                assertThrows(ProblemException.class, () -> award.cancel("Late", T1)).getMessage());
    }

    private static Award pending() {
        return Award.pending("award-1", "opp-1", "lot-1", "bid-1", new BigDecimal("1000.00"), "GBP", "fund-1",
                "commissioner", T0);
    }
}
