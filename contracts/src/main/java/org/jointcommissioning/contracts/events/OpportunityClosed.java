package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import java.time.Instant;

/** The submission deadline has passed: bids may be opened. */
@JsonClassDescription("The submission deadline has passed: bids are opened for evaluation.")
@Event(type = "commissioning.OpportunityClosed.v1", topic = Topics.COMMISSIONING_OPPORTUNITIES)
public record OpportunityClosed(String opportunityId, String ownerOrgId, Instant closedAt) {
}
