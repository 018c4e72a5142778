package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import org.jointcommissioning.contracts.schema.Nullable;
import java.time.Instant;

/** An active or pending award is cancelled: the fund releases whatever it still holds for it. */
@JsonClassDescription("An award is cancelled; the fund releases what it still holds for it.")
@Event(type = "commissioning.AwardCancelled.v1", topic = Topics.COMMISSIONING_AWARDS)
public record AwardCancelled(
        String awardId,
        String opportunityId,
        String lotId,
        String fundId,
        @Nullable String reason,
        Instant cancelledAt) {
}
