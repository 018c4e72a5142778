package org.jointcommissioning.budgets.domain;

import java.math.BigDecimal;

/**
 * What a year came to. Its resources are the partners' contributions dated in it and the underspend carried into
 * it; its outturn is what it spent, plus the commitments still open at its end (rolled into the next year), less
 * those it took over from the year before. The variance is resources less outturn: above zero an underspend,
 * below an overspend.
 */
public record YearFigures(BigDecimal contributions, BigDecimal carriedIn, BigDecimal spent, BigDecimal rolledIn,
                          BigDecimal rolledOut) {

    public YearFigures {
        contributions = Amounts.of(contributions);
        carriedIn = Amounts.of(carriedIn);
        spent = Amounts.of(spent);
        rolledIn = Amounts.of(rolledIn);
        rolledOut = Amounts.of(rolledOut);
    }

    public BigDecimal resources() {
        return contributions.add(carriedIn);
    }

    public BigDecimal outturn() {
        return spent.add(rolledOut).subtract(rolledIn);
    }

    public BigDecimal variance() {
        return resources().subtract(outturn());
    }
}
