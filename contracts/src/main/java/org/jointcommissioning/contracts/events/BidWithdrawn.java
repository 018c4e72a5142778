package org.jointcommissioning.contracts.events;

import java.time.Instant;

@Event(type = "bidding.BidWithdrawn.v1", topic = Topics.BIDDING_BIDS)
public record BidWithdrawn(String bidId, String opportunityId, String lotId, Instant withdrawnAt) {
}
