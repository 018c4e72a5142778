package org.jointcommissioning.commissioning.domain;

import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.contracts.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An opportunity's life: draft, published, closed at its deadline, then awarded, unsuccessful or cancelled. */
class OpportunityLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-12-01T09:00:00Z");

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "DRAFT, PUBLISHED, true", "DRAFT, CLOSED, false", "DRAFT, AWARDED, false", "DRAFT, UNSUCCESSFUL, false",
            "DRAFT, CANCELLED, false", "DRAFT, DRAFT, false",
            "PUBLISHED, DRAFT, false", "PUBLISHED, PUBLISHED, false", "PUBLISHED, CLOSED, true",
            "PUBLISHED, AWARDED, false", "PUBLISHED, UNSUCCESSFUL, false", "PUBLISHED, CANCELLED, true",
            "CLOSED, DRAFT, false", "CLOSED, PUBLISHED, false", "CLOSED, CLOSED, false", "CLOSED, AWARDED, true",
            "CLOSED, UNSUCCESSFUL, true", "CLOSED, CANCELLED, true",
            "AWARDED, DRAFT, false", "AWARDED, PUBLISHED, false", "AWARDED, CLOSED, true", "AWARDED, AWARDED, false",
            "AWARDED, UNSUCCESSFUL, false", "AWARDED, CANCELLED, false",
            "UNSUCCESSFUL, DRAFT, false", "UNSUCCESSFUL, PUBLISHED, false", "UNSUCCESSFUL, CLOSED, false",
            "UNSUCCESSFUL, AWARDED, false", "UNSUCCESSFUL, UNSUCCESSFUL, false", "UNSUCCESSFUL, CANCELLED, false",
            "CANCELLED, DRAFT, false", "CANCELLED, PUBLISHED, false", "CANCELLED, CLOSED, false",
            "CANCELLED, AWARDED, false", "CANCELLED, UNSUCCESSFUL, false", "CANCELLED, CANCELLED, false"})
    void theTransitionTable(OpportunityStatus from, OpportunityStatus to, boolean allowed) {
        assertEquals(allowed, from.canBecome(to));
    }

    @Test
    void aDraftIsPublishedClosedAndAwardedThenClosedAgainWhenItsAwardIsWithdrawn() {
        Opportunity opportunity = Opportunity.draft("opp-1", "county-council", T0);
        opportunity.publish(T0);
        assertEquals(T0, opportunity.publishedAt());
        opportunity.close(T1);
        assertEquals(T1, opportunity.closedAt());
        opportunity.markAwarded(T1);
        assertEquals(OpportunityStatus.AWARDED, opportunity.status());
        opportunity.awardWithdrawn(T1);
        assertEquals(OpportunityStatus.CLOSED, opportunity.status());
    }

    @Test
    void aPublishedOpportunityIsNotPublishedAgainNorDeclaredUnsuccessful() {
        Opportunity opportunity = Opportunity.draft("opp-1", "county-council", T0);
        opportunity.publish(T0);
        ProblemException again = assertThrows(ProblemException.class, () -> opportunity.publish(T1));
        assertEquals(ProblemType.CONFLICT, again.type());
        assertEquals("A published opportunity cannot be published", again.getMessage());
        assertThrows(ProblemException.class, () -> opportunity.declareUnsuccessful(T1));
    }

    @Test
    void aCancelledOpportunityStaysCancelled() {
        Opportunity opportunity = Opportunity.draft("opp-1", "county-council", T0);
        opportunity.publish(T0);
        opportunity.cancel("Budget withdrawn", T1);
        assertEquals("Budget withdrawn", opportunity.cancelReason());
        assertThrows(ProblemException.class, () -> opportunity.cancel("Again", T1));
        assertThrows(IllegalStateException.class, () -> opportunity.close(T1));
    }
}
