package org.jointcommissioning.budgets.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.common.validation.ValidMoney;
import org.jointcommissioning.contracts.money.Money;

@Schema(description = "A budget line of a year: its name and budget")
public record BudgetLineRequest(
        @NotNull @Size(min = 1, max = 200) String name,
        @NotNull @ValidMoney(allowZero = true) Money budget) {
}
