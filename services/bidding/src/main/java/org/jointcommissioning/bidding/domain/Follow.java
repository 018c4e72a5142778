package org.jointcommissioning.bidding.domain;

import java.time.Instant;

/** An opportunity an organisation follows, and since when. */
public record Follow(String opportunityId, Instant followedAt) {
}
