package org.jointcommissioning.commissioning.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.commissioning.service.ScoredBid;
import org.jointcommissioning.contracts.money.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Each lot's opened bids, highest weighted total first; totals and ranks only once every criterion is scored. */
public record EvaluationResponse(
        @Schema(required = true, maxLength = Limits.ID) String opportunityId,
        @Schema(required = true, maxItems = 50, description = "In the opportunity's order of lots") List<LotEvaluation> lots) {

    public record LotEvaluation(
            @Schema(required = true, maxLength = Limits.FOREIGN_ID) String lotId,
            @Schema(required = true, maxItems = 10000, description = "By rank, then bid id; unranked bids last")
            List<BidEvaluation> bids) {
    }

    public record BidEvaluation(
            @Schema(required = true, maxLength = Limits.FOREIGN_ID) String bidId,
            @Schema(required = true, maxLength = Limits.FOREIGN_ID) String organisationId,
            @Schema(required = true, maxLength = 300) String organisationName,
            @Schema(required = true) Money price,
            @Schema(required = true, maxProperties = 20, additionalProperties = Score.class,
                    description = "Each scored criterion's score, by criterion id: " + Limits.SCORE
                            + "; price is scored by the platform, the others by commissioners")
            Map<String, BigDecimal> scores,
            @Schema(description = "The evaluators' comment, once scored", maxLength = Limits.TEXT) String comment,
            @Schema(description = "The sum of score x weight / 100, once every criterion is scored: " + Limits.SCORE,
                    minimum = "0", maximum = "100")
            BigDecimal weightedTotal,
            @Schema(description = "1 is the best; equal totals share a rank; once every criterion is scored",
                    minimum = "1", maximum = "10000")
            Integer rank,
            @Schema(required = true, description = "Whether every criterion is scored") boolean complete) {

        static BidEvaluation of(ScoredBid scored) {
            return new BidEvaluation(scored.bid().bidId, scored.bid().organisationId, scored.bid().organisationName,
                    scored.bid().price.toMoney(), scored.result().scores(),
                    scored.evaluation() == null ? null : scored.evaluation().comment,
                    scored.result().weightedTotal(), scored.result().rank(), scored.result().complete());
        }
    }

    /** A criterion's score as the evaluation answers it. */
    @Schema(name = "CriterionScore", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.NUMBER,
            minimum = "0", maximum = "100", description = Limits.SCORE)
    interface Score {
    }

    static EvaluationResponse of(String opportunityId, Map<String, List<ScoredBid>> lots) {
        return new EvaluationResponse(opportunityId, lots.entrySet().stream()
                .map(e -> new LotEvaluation(e.getKey(), e.getValue().stream().map(BidEvaluation::of).toList()))
                .toList());
    }
}
