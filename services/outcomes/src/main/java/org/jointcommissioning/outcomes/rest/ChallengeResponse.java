package org.jointcommissioning.outcomes.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.outcomes.domain.Challenge;
import org.jointcommissioning.outcomes.domain.ChallengeState;

import java.time.Instant;

/**
 * A challenge and where it stands: open, answered by the owner, or resolved by the challenger. The answer and who
 * gave it are left out until it is answered, the resolution time until it is resolved.
 */
public record ChallengeResponse(
        @Schema(required = true, maxLength = ApiDocs.ID_MAX) String id,
        @Schema(required = true, maxLength = ApiDocs.CODE_MAX) String indicatorCode,
        @Schema(required = true) ChallengeState state,
        @Schema(required = true, maxLength = 4000) String question,
        @Schema(required = true, maxLength = ApiDocs.PERSON_MAX) String raisedBy,
        @Schema(required = true, maxLength = ApiDocs.ORG_MAX) String raisedByOrg,
        @Schema(required = true) Instant raisedAt,
        @Schema(maxLength = 4000) String response,
        @Schema(maxLength = ApiDocs.PERSON_MAX) String answeredBy,
        Instant answeredAt,
        Instant resolvedAt) {

    public static ChallengeResponse of(Challenge c) {
        return new ChallengeResponse(c.id, c.indicatorCode, c.state(), c.question, c.raisedBy, c.raisedByOrg,
                c.raisedAt, c.response, c.answeredBy, c.answeredAt, c.resolvedAt);
    }
}
