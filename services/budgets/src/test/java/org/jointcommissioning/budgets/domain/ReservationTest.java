package org.jointcommissioning.budgets.domain;

import org.jointcommissioning.common.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An award's money: reserved, committed when the contract is announced, released when the award is cancelled. */
class ReservationTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-29T10:00:00Z");

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "RESERVED, RESERVED, false", "RESERVED, COMMITTED, true", "RESERVED, RELEASED, true",
            "COMMITTED, RESERVED, false", "COMMITTED, COMMITTED, false", "COMMITTED, RELEASED, true",
            "RELEASED, RESERVED, false", "RELEASED, COMMITTED, false", "RELEASED, RELEASED, false"})
    void theTransitionTable(ReservationStatus from, ReservationStatus to, boolean allowed) {
        assertEquals(allowed, from.canBecome(to));
    }

    @Test
    void aReservationIsCommittedThenReleased() {
        Reservation reservation = Reservation.reserve("r-1", "fund-1", "award-1", new BigDecimal("100.00"), NOW);
        reservation.commit(LATER);
        assertEquals(ReservationStatus.COMMITTED, reservation.status());
        assertEquals(LATER, reservation.updatedAt);
        reservation.release(LATER);
        assertEquals(ReservationStatus.RELEASED, reservation.status());
    }

    @Test
    void releasedMoneyIsNeverCommittedOrReleasedAgain() {
        Reservation reservation = Reservation.reserve("r-1", "fund-1", "award-1", new BigDecimal("100.00"), NOW);
        reservation.release(LATER);
        assertThrows(ProblemException.class, () -> reservation.commit(LATER));
        assertThrows(ProblemException.class, () -> reservation.release(LATER));
    }

    @Test
    void aCommitmentIsMadeOnce() {
        Reservation reservation = Reservation.reserve("r-1", "fund-1", "award-1", new BigDecimal("100.00"), NOW);
        reservation.commit(LATER);
        ProblemException again = assertThrows(ProblemException.class, () -> reservation.commit(LATER));
        assertEquals("Reservation r-1 is committed and cannot become committed", again.getMessage());
        assertEquals(ReservationStatus.COMMITTED, reservation.status());
    }
}
