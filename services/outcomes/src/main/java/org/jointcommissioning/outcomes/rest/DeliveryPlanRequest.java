package org.jointcommissioning.outcomes.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jointcommissioning.outcomes.domain.DeliveryPlanDraft;

import java.util.List;

/** The whole delivery plan of an indicator, replacing the previous one. */
public record DeliveryPlanRequest(
        @NotBlank @Size(max = 200) String owner,
        @NotNull @Size(max = 100) List<@NotNull @Valid PlanActionData> actions) {

    public DeliveryPlanDraft draft() {
        return new DeliveryPlanDraft(owner, actions.stream()
                .map(a -> new DeliveryPlanDraft.Action(a.title(), a.owner(), a.due(), a.status())).toList());
    }
}
