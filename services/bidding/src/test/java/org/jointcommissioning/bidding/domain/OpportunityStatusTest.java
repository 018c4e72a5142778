package org.jointcommissioning.bidding.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An opportunity as bidding sees it: published, closed at the deadline, or cancelled. */
class OpportunityStatusTest {

    private static final Instant AT = Instant.parse("2026-12-01T12:00:00Z");

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "PUBLISHED, PUBLISHED, false", "PUBLISHED, CLOSED, true", "PUBLISHED, CANCELLED, true",
            "CLOSED, PUBLISHED, false", "CLOSED, CLOSED, false", "CLOSED, CANCELLED, true",
            "CANCELLED, PUBLISHED, false", "CANCELLED, CLOSED, false", "CANCELLED, CANCELLED, false"})
    void theTransitionTable(OpportunityStatus from, OpportunityStatus to, boolean allowed) {
        assertEquals(allowed, from.canBecome(to));
    }

    @Test
    void aClosedOpportunityMayStillBeCancelledButNotClosedAgain() {
        Opportunity opportunity = Opportunity.known("opp-1", "county-council");
        opportunity.close(AT);
        assertThrows(IllegalStateException.class, () -> opportunity.close(AT));
        opportunity.cancel(AT);
        assertEquals(OpportunityStatus.CANCELLED, opportunity.status());
        assertEquals(AT, opportunity.cancelledAt());
    }

    @Test
    void aPublishedOpportunityTakesBidsUntilItsDeadlineAndMayBePublishedAgainUntilItCloses() {
        Opportunity opportunity = Opportunity.known("opp-1", "county-council");
        assertFalse(opportunity.acceptsBidsAt(AT), "no deadline known yet");
        opportunity.publish("Carers' support", AT, List.of(), List.of());
        assertTrue(opportunity.acceptsBidsAt(AT.minusSeconds(1)));
        assertFalse(opportunity.acceptsBidsAt(AT));
        opportunity.publish("Carers' support, amended", AT.plusSeconds(3600), List.of(), List.of());
        assertEquals(AT.plusSeconds(3600), opportunity.submissionDeadline());
        opportunity.close(AT);
        assertEquals(AT, opportunity.closedAt());
        assertFalse(opportunity.acceptsBidsAt(AT.minusSeconds(1)));
        assertThrows(IllegalStateException.class, () -> opportunity.publish("Again", AT, List.of(), List.of()));
    }

    @Test
    void aCancelledOpportunityIsNeitherPublishedNorClosedNorCancelledAgain() {
        Opportunity opportunity = Opportunity.known("opp-1", "county-council");
        opportunity.cancel(AT);
        assertThrows(IllegalStateException.class, () -> opportunity.publish("Again", AT, List.of(), List.of()));
        assertThrows(IllegalStateException.class, () -> opportunity.close(AT));
        assertThrows(IllegalStateException.class, () -> opportunity.cancel(AT));
        assertFalse(opportunity.acceptsBidsAt(AT.minusSeconds(1)));
    }
}
