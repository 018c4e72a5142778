package org.jointcommissioning.outcomes.rest;

import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.outcomes.domain.Polarity;
import org.jointcommissioning.outcomes.domain.RagStatus;

import java.math.BigDecimal;

/**
 * What the money is buying on one indicator: committed and spent on its active contracts, the improvement
 * since the baseline (in the good direction of its polarity) and the cost per point of improvement,
 * spent ÷ improvement rounded half-up to the penny; null while there is no improvement to divide by.
 */
public record ValueForMoney(
        String code,
        String title,
        String unit,
        Polarity polarity,
        RagStatus status,
        PeriodValue baseline,
        PeriodValue latest,
        BigDecimal improvementSinceBaseline,
        Money committed,
        Money spent,
        Money costPerPoint) {
}
