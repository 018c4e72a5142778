package org.jointcommissioning.bidding.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.bidding.domain.Bid;
import org.jointcommissioning.bidding.domain.BidStatus;
import org.jointcommissioning.contracts.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** A bid as its organisation sees it, and, once opened, as the opportunity's owner and the auditor see it. */
public record BidResponse(
        @Schema(required = true, maxLength = 36) String id,
        @Schema(required = true, maxLength = 100) String opportunityId,
        @Schema(required = true, maxLength = 100) String lotId,
        @Schema(required = true, maxLength = 100) String organisationId,
        @Schema(required = true) BidStatus status,
        @Schema(required = true) Money price,
        @Schema(required = true, maxItems = 100) List<BidContentResponses.Answer> answers,
        @Schema(required = true, maxItems = 100) List<BidContentResponses.SocialValue> socialValue,
        @Schema(required = true, maxItems = 100) List<BidContentResponses.IndicatorContribution> indicatorContributions,
        @Schema(required = true, maxItems = 50) List<BidContentResponses.ConsortiumMember> consortium,
        @Schema(required = true) Instant submittedAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(description = "When the bid was withdrawn, if it was") Instant withdrawnAt,
        @Schema(description = "When the bid was opened at the submission deadline, once it is") Instant openedAt,
        @Schema(description = "The evaluation's weighted score, once the lot is awarded: a JSON number")
        BigDecimal score,
        @Schema(description = "The rank among the lot's bids (1 is the best), once the lot is awarded",
                minimum = "1", maximum = "2147483647")
        Integer rank,
        @Schema(description = "The commissioners' feedback, once the lot is awarded", maxLength = 4000)
        String feedback,
        @Schema(description = "The award the outcome is of, once the lot is awarded (an unsuccessful bidder may "
                + "challenge it until standstillEndsAt)", maxLength = 100)
        String awardId,
        @Schema(description = "Once the lot is awarded: the contract may not be entered into before this time, and an "
                + "unsuccessful bidder may challenge the decision until then; left out when the award has no standstill")
        Instant standstillEndsAt,
        @Schema(required = true, maxItems = 20, description = "Once the lot is awarded, the reasons for the decision: "
                + "the bid's score on each criterion beside the winning bid's; empty before")
        List<CriterionScoreResponse> criterionScores) {

    static BidResponse of(Bid bid) {
        return new BidResponse(bid.id, bid.opportunityId, bid.lotId, bid.organisationId, bid.status(), bid.price(),
                map(bid.content().answers(), BidContentResponses.Answer::of),
                map(bid.content().socialValue(), BidContentResponses.SocialValue::of),
                map(bid.content().indicatorContributions(), BidContentResponses.IndicatorContribution::of),
                map(bid.content().consortium(), BidContentResponses.ConsortiumMember::of),
                bid.submittedAt, bid.updatedAt(), bid.withdrawnAt(), bid.openedAt(), bid.score(), bid.rank(),
                bid.feedback(), bid.awardId(), bid.standstillEndsAt(),
                map(bid.criterionScores(), CriterionScoreResponse::of));
    }

    private static <A, B> List<B> map(List<A> items, Function<A, B> mapper) {
        return items == null ? List.of() : items.stream().map(mapper).toList();
    }
}
