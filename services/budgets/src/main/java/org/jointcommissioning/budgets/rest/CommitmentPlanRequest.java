package org.jointcommissioning.budgets.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.common.validation.ValidMoney;
import org.jointcommissioning.contracts.money.Money;

import java.util.List;

@Schema(description = "The budget line an award's commitment falls on, and when it is to be paid: instalments "
        + "adding up to the award's amount, a month at most once")
public record CommitmentPlanRequest(
        @NotNull @Size(min = 1, max = 40) String line,
        @NotNull @Size(min = 1, max = 120) List<@Valid @NotNull ScheduledPaymentBody> schedule) {

    @Schema(name = "ScheduledPayment", description = "An amount due in a month")
    public record ScheduledPaymentBody(
            @Schema(example = "2026-05", maxLength = 7) @NotNull
            @Pattern(regexp = Months.PATTERN, message = Months.RULE) String month,
            @NotNull @ValidMoney Money amount) {
    }
}
