package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import org.jointcommissioning.contracts.schema.FreeText;
import org.jointcommissioning.contracts.schema.OneOf;

import java.time.Instant;

/**
 * The commissioner answers a challenge: upheld, the award is cancelled (AwardCancelled follows) and the lot's
 * evaluation reopens; dismissed, the standstill resumes until its end, or the contract is entered into if it has passed.
 */
@JsonClassDescription("The commissioner answers a challenge to an award decision: upheld or dismissed, with reasons.")
@Event(type = "commissioning.ChallengeAnswered.v1", topic = Topics.COMMISSIONING_AWARDS)
public record ChallengeAnswered(
        String challengeId,
        String awardId,
        String opportunityId,
        String lotId,
        String ownerOrgId,
        String challengerOrganisationId,
        @OneOf({"upheld", "dismissed"}) String decision,
        @FreeText(maxLength = 4000) String reasons,
        Instant answeredAt) {
}
