package org.jointcommissioning.bidding.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.bidding.domain.CriterionResult;

import java.math.BigDecimal;

/** A bid's score on one criterion beside the winning bid's, as the award decision notice gives them. */
public record CriterionScoreResponse(
        @Schema(required = true, maxLength = 50) String criterionId,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(required = true, minimum = "0", maximum = "100", description = "The criterion's weight, in percent")
        int weight,
        @Schema(required = true, minimum = "0", maximum = "100", description = "The bid's score out of 100: a JSON number with at most 2 decimals")
        BigDecimal score,
        @Schema(required = true, minimum = "0", maximum = "100", description = "The winning bid's score out of 100: a JSON number with at most 2 decimals")
        BigDecimal winnerScore) {

    static CriterionScoreResponse of(CriterionResult r) {
        return new CriterionScoreResponse(r.criterionId(), r.name(), r.weight(), r.score(), r.winnerScore());
    }
}
