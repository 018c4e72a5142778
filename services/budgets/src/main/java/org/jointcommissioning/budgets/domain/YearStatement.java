package org.jointcommissioning.budgets.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A year's position by budget line on a date (its last day once closed): per line the budget, what is committed
 * (open commitments), spent in the year, still available, and the latest forecast outturn with its variance
 * (budget less forecast: above zero an underspend); the year's figures; once closed each partner's share.
 */
public record YearStatement(FundYear year, LocalDate asOf, List<Line> lines, Line totals, BigDecimal unassignedSpent,
                            BigDecimal unassignedCommitted, YearFigures figures, Map<String, BigDecimal> shares) {

    public record Line(String code, String name, BigDecimal budget, BigDecimal committed, BigDecimal spent,
                       BigDecimal forecast, String forecastMonth) {

        public BigDecimal available() {
            return budget.subtract(committed).subtract(spent);
        }

        /** Budget less forecast; null without a forecast. */
        public BigDecimal forecastVariance() {
            return forecast == null ? null : budget.subtract(forecast);
        }
    }
}
