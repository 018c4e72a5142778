package org.jointcommissioning.commissioning.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.commissioning.domain.AwardChallenge;
import org.jointcommissioning.commissioning.domain.ChallengeStatus;

import java.time.Instant;

/** A challenge to an award decision; the decision's reasons and time once it is answered. */
public record ChallengeResponse(
        @Schema(required = true, maxLength = Limits.ID) String id,
        @Schema(required = true, maxLength = Limits.ID) String awardId,
        @Schema(required = true, maxLength = Limits.ID) String opportunityId,
        @Schema(required = true, maxLength = Limits.FOREIGN_ID) String challengerOrganisationId,
        @Schema(required = true, maxLength = Limits.TEXT) String grounds,
        @Schema(required = true, description = "open until answered; upheld: the award is cancelled and the "
                + "evaluation reopened; dismissed: the standstill runs on") ChallengeStatus status,
        @Schema(required = true) Instant challengedAt,
        @Schema(description = "The commissioner's reasons, once answered", maxLength = Limits.TEXT) String decisionReasons,
        @Schema(description = "When it was answered, if it was") Instant answeredAt) {

    static ChallengeResponse of(AwardChallenge c) {
        return new ChallengeResponse(c.id, c.awardId, c.opportunityId, c.challengerOrganisationId, c.grounds,
                c.status(), c.challengedAt, c.decisionReasons(), c.answeredAt());
    }
}
