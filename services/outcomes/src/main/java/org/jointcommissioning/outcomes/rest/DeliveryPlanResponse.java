package org.jointcommissioning.outcomes.rest;

import org.jointcommissioning.outcomes.domain.DeliveryPlan;

import java.time.Instant;
import java.util.List;

/** An indicator's delivery plan, with who changed it last. */
public record DeliveryPlanResponse(
        String indicatorCode,
        String owner,
        List<PlanActionData> actions,
        String updatedBy,
        Instant updatedAt) {

    public static DeliveryPlanResponse of(DeliveryPlan plan) {
        return new DeliveryPlanResponse(plan.indicatorCode, plan.owner,
                plan.actions.stream().map(a -> new PlanActionData(a.title, a.owner, a.due, a.status)).toList(),
                plan.updatedBy, plan.updatedAt);
    }
}
