package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import org.jointcommissioning.contracts.schema.Nullable;
import java.time.Instant;

@JsonClassDescription("A published or closed opportunity is cancelled.")
@Event(type = "commissioning.OpportunityCancelled.v1", topic = Topics.COMMISSIONING_OPPORTUNITIES)
public record OpportunityCancelled(String opportunityId, String ownerOrgId, @Nullable String reason, Instant cancelledAt) {
}
