package org.jointcommissioning.outcomes.rest;

import org.jointcommissioning.outcomes.domain.Challenge;
import org.jointcommissioning.outcomes.domain.ChallengeState;

import java.time.Instant;

/** A challenge and where it stands: open, answered by the owner, or resolved by the challenger. */
public record ChallengeResponse(
        String id,
        String indicatorCode,
        ChallengeState state,
        String question,
        String raisedBy,
        String raisedByOrg,
        Instant raisedAt,
        String response,
        String answeredBy,
        Instant answeredAt,
        Instant resolvedAt) {

    public static ChallengeResponse of(Challenge c) {
        return new ChallengeResponse(c.id, c.indicatorCode, c.state, c.question, c.raisedBy, c.raisedByOrg,
                c.raisedAt, c.response, c.answeredBy, c.answeredAt, c.resolvedAt);
    }
}
