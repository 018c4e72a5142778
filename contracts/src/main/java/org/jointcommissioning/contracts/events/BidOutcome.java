package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonFormat;
import org.jointcommissioning.contracts.schema.Nullable;
import org.jointcommissioning.contracts.schema.OneOf;
import org.jointcommissioning.contracts.schema.Range;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The result of one bid in an awarded lot, sent as the award decision is notified: {@code outcome} is awarded or
 * unsuccessful; {@code scores} holds the bid's score on each criterion beside the winning bid's, the reasons the
 * law asks for; {@code standstillEndsAt} is when the contract may be entered into (null without a standstill).
 */
@JsonClassDescription("The result of one bid in an awarded lot, with its and the winner's score on each criterion.")
@Event(type = "commissioning.BidOutcome.v1", topic = Topics.COMMISSIONING_AWARDS)
public record BidOutcome(
        String bidId,
        String awardId,
        String opportunityId,
        String lotId,
        String organisationId,
        @OneOf({"awarded", "unsuccessful"}) String outcome,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal score,
        @Range(min = 1) int rank,
        @Nullable String feedback,
        List<CriterionScore> scores,
        @Nullable Instant standstillEndsAt) {

    /** The bid's weighted-in score out of 100 on one criterion, and the winning bid's. */
    public record CriterionScore(String criterionId, String name, @Range(min = 0, max = 100) int weight,
                                 @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal score,
                                 @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal winnerScore) {
    }
}
