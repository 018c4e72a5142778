package org.jointcommissioning.budgets.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.budgets.domain.Amounts;
import org.jointcommissioning.contracts.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@Schema(description = "The forecast outturn of a year as at a month, per budget line and in total, each with its "
        + "budget and variance (budget less forecast: above zero a forecast underspend, below an overspend)")
public record MonthForecastResponse(
        @Schema(required = true, maxLength = 7, example = "2026-07") String month,
        @Schema(required = true, maxItems = 200) List<LineForecast> lines,
        @Schema(required = true) Money budget,
        @Schema(required = true) Money forecast,
        @Schema(required = true) Money variance) {

    @Schema(name = "LineForecast")
    public record LineForecast(
            @Schema(required = true, maxLength = 40) String line,
            @Schema(required = true) Money budget,
            @Schema(required = true) Money forecast,
            @Schema(required = true) Money variance) {
    }

    static MonthForecastResponse of(String month, Map<String, BigDecimal> forecasts, Map<String, BigDecimal> budgets,
                                    String currency) {
        List<LineForecast> lines = new ArrayList<>();
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal forecast = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> line : forecasts.entrySet()) {
            BigDecimal lineBudget = Amounts.of(budgets.get(line.getKey()));
            lines.add(new LineForecast(line.getKey(), Money.of(lineBudget, currency), Money.of(line.getValue(), currency),
                    Money.of(lineBudget.subtract(line.getValue()), currency)));
            budget = budget.add(lineBudget);
            forecast = forecast.add(line.getValue());
        }
        return new MonthForecastResponse(month, lines, Money.of(Amounts.of(budget), currency),
                Money.of(Amounts.of(forecast), currency), Money.of(Amounts.of(budget.subtract(forecast)), currency));
    }
}
