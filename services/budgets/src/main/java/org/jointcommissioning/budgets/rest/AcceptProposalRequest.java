package org.jointcommissioning.budgets.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The month whose proposed forecast is accepted as the host's forecast")
public record AcceptProposalRequest(
        @Schema(example = "2026-07", maxLength = 7) @NotNull
        @Pattern(regexp = Months.PATTERN, message = Months.RULE) String month) {
}
