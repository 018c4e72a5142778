package org.jointcommissioning.budgets.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.budgets.domain.CommitmentPlan;
import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;
import java.util.List;

@Schema(description = "An award's commitment on a budget line, with its payment schedule")
public record CommitmentPlanResponse(
        @Schema(required = true, maxLength = 36) String fundId,
        @Schema(required = true, maxLength = 200) String awardId,
        @Schema(required = true, maxLength = 40) String line,
        @Schema(required = true, maxItems = 120) List<CommitmentPlanRequest.ScheduledPaymentBody> schedule,
        @Schema(required = true) Instant updatedAt) {

    static CommitmentPlanResponse of(CommitmentPlan plan, String currency) {
        return new CommitmentPlanResponse(plan.fundId, plan.awardId, plan.lineCode, plan.schedule.stream()
                .map(i -> new CommitmentPlanRequest.ScheduledPaymentBody(i.month, Money.of(i.amount, currency)))
                .toList(), plan.updatedAt);
    }
}
