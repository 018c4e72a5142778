package org.jointcommissioning.contracts.events;

import java.time.Instant;

/** A bid exists. Ids only: a sealed bid's price, content and bidder never travel before the deadline. */
@Event(type = "bidding.BidSubmitted.v1", topic = Topics.BIDDING_BIDS)
public record BidSubmitted(String bidId, String opportunityId, String lotId, Instant submittedAt) {
}
