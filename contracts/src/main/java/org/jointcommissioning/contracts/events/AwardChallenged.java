package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import org.jointcommissioning.contracts.schema.FreeText;

import java.time.Instant;

/** An unsuccessful bidder challenges an award decision during its standstill: the award is suspended. */
@JsonClassDescription("An unsuccessful bidder challenges an award decision; the award is suspended until it is answered.")
@Event(type = "commissioning.AwardChallenged.v1", topic = Topics.COMMISSIONING_AWARDS)
public record AwardChallenged(
        String challengeId,
        String awardId,
        String opportunityId,
        String lotId,
        String ownerOrgId,
        String challengerOrganisationId,
        @FreeText(maxLength = 4000) String grounds,
        Instant challengedAt) {
}
