package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import java.time.Instant;

@JsonClassDescription("A bid was withdrawn before the deadline.")
@Event(type = "bidding.BidWithdrawn.v1", topic = Topics.BIDDING_BIDS)
public record BidWithdrawn(String bidId, String opportunityId, String lotId, Instant withdrawnAt) {
}
