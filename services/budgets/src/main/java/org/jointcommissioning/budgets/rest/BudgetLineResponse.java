package org.jointcommissioning.budgets.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.budgets.domain.BudgetLine;
import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;

@Schema(description = "A budget line of a fund's year")
public record BudgetLineResponse(
        @Schema(required = true, maxLength = 36, description = "The line's record id, for its audit trail") String id,
        @Schema(required = true, maxLength = 7) String year,
        @Schema(required = true, maxLength = 40) String line,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(required = true) Money budget,
        @Schema(required = true) Instant updatedAt) {

    static BudgetLineResponse of(BudgetLine line, String currency) {
        return new BudgetLineResponse(line.id, line.yearLabel, line.code, line.name, Money.of(line.budget, currency),
                line.updatedAt);
    }
}
