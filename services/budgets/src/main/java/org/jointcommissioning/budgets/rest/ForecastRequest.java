package org.jointcommissioning.budgets.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.common.validation.ValidMoney;
import org.jointcommissioning.contracts.money.Money;

import java.util.List;

@Schema(description = "The forecast outturn for the whole year of some or all budget lines, as at a month of it")
public record ForecastRequest(
        @Schema(example = "2026-07", maxLength = 7) @NotNull
        @Pattern(regexp = Months.PATTERN, message = Months.RULE) String month,
        @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull LineForecastBody> lines) {

    @Schema(name = "LineForecastInput", description = "A line's forecast outturn for the year")
    public record LineForecastBody(
            @NotNull @Size(min = 1, max = 40) String line,
            @NotNull @ValidMoney(allowZero = true) Money forecast) {
    }
}
