package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import java.time.Instant;

@JsonClassDescription("Every opened bid of the opportunity has its quality and social-value criteria scored: the"
        + " financial envelopes of its bids may now be opened. Sent once, when the last opened bid is first scored.")
@Event(type = "commissioning.TechnicalScoringCompleted.v1", topic = Topics.COMMISSIONING_OPPORTUNITIES)
public record TechnicalScoringCompleted(String opportunityId, String ownerOrgId, int bidsScored, Instant completedAt) {
}
