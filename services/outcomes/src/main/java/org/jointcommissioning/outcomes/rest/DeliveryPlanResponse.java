package org.jointcommissioning.outcomes.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.outcomes.domain.DeliveryPlan;

import java.time.Instant;
import java.util.List;

/** An indicator's delivery plan, with who changed it last. */
public record DeliveryPlanResponse(
        @Schema(required = true, maxLength = ApiDocs.CODE_MAX) String indicatorCode,
        @Schema(required = true, maxLength = ApiDocs.PERSON_MAX) String owner,
        @Schema(required = true, maxItems = 100) List<PlanActionData> actions,
        @Schema(required = true, maxLength = ApiDocs.PERSON_MAX) String updatedBy,
        @Schema(required = true) Instant updatedAt) {

    public static DeliveryPlanResponse of(DeliveryPlan plan) {
        return new DeliveryPlanResponse(plan.indicatorCode, plan.owner,
                plan.actions.stream().map(a -> new PlanActionData(a.title, a.owner, a.due, a.status)).toList(),
                plan.updatedBy, plan.updatedAt);
    }
}
