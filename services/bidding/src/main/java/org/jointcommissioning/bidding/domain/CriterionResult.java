package org.jointcommissioning.bidding.domain;

import java.math.BigDecimal;

/** A bid's score out of 100 on one weighted criterion, beside the winning bid's: a reason for the award decision. */
public record CriterionResult(String criterionId, String name, int weight, BigDecimal score, BigDecimal winnerScore) {
}
