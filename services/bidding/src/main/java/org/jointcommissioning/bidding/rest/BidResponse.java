package org.jointcommissioning.bidding.rest;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.bidding.domain.Bid;
import org.jointcommissioning.bidding.domain.BidStatus;
import org.jointcommissioning.contracts.events.BidOpened;
import org.jointcommissioning.contracts.events.IndicatorTarget;
import org.jointcommissioning.contracts.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A bid as its organisation sees it, and, once opened, as the opportunity's owner and the auditor see it. */
public record BidResponse(
        String id,
        String opportunityId,
        String lotId,
        String organisationId,
        BidStatus status,
        Money price,
        List<BidOpened.Answer> answers,
        List<BidOpened.SocialValueCommitment> socialValue,
        List<IndicatorTarget> indicatorContributions,
        List<BidOpened.ConsortiumMember> consortium,
        Instant submittedAt,
        Instant updatedAt,
        Instant withdrawnAt,
        Instant openedAt,
        @Schema(description = "The evaluation score, once the lot is awarded")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal score,
        @Schema(description = "The rank among the lot's bids (1 is the best), once the lot is awarded")
        Integer rank,
        @Schema(description = "The commissioners' feedback, once the lot is awarded")
        String feedback) {

    static BidResponse of(Bid bid) {
        return new BidResponse(bid.id, bid.opportunityId, bid.lotId, bid.organisationId, bid.status, bid.price(),
                bid.content.answers(), bid.content.socialValue(), bid.content.indicatorContributions(),
                bid.content.consortium(), bid.submittedAt, bid.updatedAt, bid.withdrawnAt, bid.openedAt,
                bid.score, bid.rank, bid.feedback);
    }
}
