package org.jointcommissioning.contracts.events;

import java.time.Instant;

/** The submission deadline has passed: bids may be opened. */
@Event(type = "commissioning.OpportunityClosed.v1", topic = Topics.COMMISSIONING_OPPORTUNITIES)
public record OpportunityClosed(String opportunityId, String ownerOrgId, Instant closedAt) {
}
