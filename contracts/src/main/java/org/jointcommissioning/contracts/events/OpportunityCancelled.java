package org.jointcommissioning.contracts.events;

import java.time.Instant;

@Event(type = "commissioning.OpportunityCancelled.v1", topic = Topics.COMMISSIONING_OPPORTUNITIES)
public record OpportunityCancelled(String opportunityId, String ownerOrgId, String reason, Instant cancelledAt) {
}
