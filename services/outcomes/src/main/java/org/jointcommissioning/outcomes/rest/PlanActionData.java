package org.jointcommissioning.outcomes.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jointcommissioning.outcomes.domain.ActionStatus;

import java.time.LocalDate;

/** One action of a delivery plan. */
public record PlanActionData(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 200) String owner,
        @NotNull LocalDate due,
        @NotNull ActionStatus status) {
}
