package org.jointcommissioning.outcomes.rest;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.jointcommissioning.outcomes.domain.Decimals;

import java.math.BigDecimal;

/** A value at the end of a period: a baseline or a target, in the indicator's unit. */
public record PeriodValue(
        @NotNull @ValidPeriod String period,
        @NotNull @Digits(integer = 15, fraction = Decimals.VALUE_SCALE) BigDecimal value) {

    public static PeriodValue of(String period, BigDecimal value) {
        return new PeriodValue(period, Decimals.shown(value));
    }
}
