package org.jointcommissioning.commissioning.rest;

import org.jointcommissioning.commissioning.service.ScoredBid;
import org.jointcommissioning.contracts.money.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Each lot's opened bids, highest weighted total first; totals and ranks only once every criterion is scored. */
public record EvaluationResponse(String opportunityId, List<LotEvaluation> lots) {

    public record LotEvaluation(String lotId, List<BidEvaluation> bids) {
    }

    public record BidEvaluation(String bidId, String organisationId, String organisationName, Money price,
                                Map<String, BigDecimal> scores, String comment, BigDecimal weightedTotal,
                                Integer rank, boolean complete) {

        static BidEvaluation of(ScoredBid scored) {
            return new BidEvaluation(scored.bid().bidId, scored.bid().organisationId, scored.bid().organisationName,
                    Money.of(scored.bid().price, scored.bid().currency), scored.result().scores(),
                    scored.evaluation() == null ? null : scored.evaluation().comment,
                    scored.result().weightedTotal(), scored.result().rank(), scored.result().complete());
        }
    }

    static EvaluationResponse of(String opportunityId, Map<String, List<ScoredBid>> lots) {
        return new EvaluationResponse(opportunityId, lots.entrySet().stream()
                .map(e -> new LotEvaluation(e.getKey(), e.getValue().stream().map(BidEvaluation::of).toList()))
                .toList());
    }
}
