package org.jointcommissioning.bidding.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.bidding.domain.Follow;

import java.time.Instant;

/** An opportunity the organisation follows. */
public record FollowResponse(
        @Schema(required = true, maxLength = 100) String opportunityId,
        @Schema(required = true) Instant followedAt) {

    static FollowResponse of(Follow f) {
        return new FollowResponse(f.opportunityId(), f.followedAt());
    }
}
