package org.jointcommissioning.contracts.events;

import java.time.Instant;

/** An active or pending award is cancelled: the fund releases whatever it still holds for it. */
@Event(type = "commissioning.AwardCancelled.v1", topic = Topics.COMMISSIONING_AWARDS)
public record AwardCancelled(
        String awardId,
        String opportunityId,
        String lotId,
        String fundId,
        String reason,
        Instant cancelledAt) {
}
