package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import java.time.Instant;

/** A bid exists. Ids only: a sealed bid's price, content and bidder never travel before the deadline. */
@JsonClassDescription("A bid was submitted. Ids only: no price, no content, no bidder, since the bid is sealed.")
@Event(type = "bidding.BidSubmitted.v1", topic = Topics.BIDDING_BIDS)
public record BidSubmitted(String bidId, String opportunityId, String lotId, Instant submittedAt) {
}
