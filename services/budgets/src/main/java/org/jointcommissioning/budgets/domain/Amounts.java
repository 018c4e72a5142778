package org.jointcommissioning.budgets.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in pounds and pence: exactly two decimal places, refusing anything finer rather than rounding it. */
public final class Amounts {

    private Amounts() {
    }

    public static BigDecimal of(BigDecimal amount) {
        return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal of(String amount) {
        return of(new BigDecimal(amount));
    }
}
