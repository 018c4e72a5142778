package org.jointcommissioning.outcomes.domain;

import org.jointcommissioning.common.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A challenge to an indicator: open, answered (and re-answered) by its owner, resolved by its challenger. */
class ChallengeLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "OPEN, OPEN, false", "OPEN, ANSWERED, true", "OPEN, RESOLVED, false",
            "ANSWERED, OPEN, false", "ANSWERED, ANSWERED, true", "ANSWERED, RESOLVED, true",
            "RESOLVED, OPEN, false", "RESOLVED, ANSWERED, false", "RESOLVED, RESOLVED, false"})
    void theTransitionTable(ChallengeState from, ChallengeState to, boolean allowed) {
        assertEquals(allowed, from.canBecome(to));
    }

    @Test
    void anOpenChallengeCannotBeResolvedAndAResolvedOneTakesNoAnswer() {
        Challenge challenge = Challenge.raised("c-1", "NI179", "Why behind?", "pat", "nhs-trust", NOW);
        assertThrows(ProblemException.class, () -> challenge.resolve(NOW));
        challenge.answer("A plan is in place", "olu", NOW);
        challenge.answer("The plan is funded", "olu", NOW);
        assertEquals("The plan is funded", challenge.response);
        challenge.resolve(NOW);
        assertEquals(ChallengeState.RESOLVED, challenge.state());
        assertThrows(ProblemException.class, () -> challenge.answer("Late", "olu", NOW));
    }
}
