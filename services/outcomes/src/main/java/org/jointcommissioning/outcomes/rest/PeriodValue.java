package org.jointcommissioning.outcomes.rest;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.outcomes.domain.Decimals;
import org.jointcommissioning.outcomes.domain.Reading;

import java.math.BigDecimal;

/** A value at the end of a period: a baseline or a target, in the indicator's unit. */
public record PeriodValue(
        @Schema(required = true, examples = "2026-27")
        @NotNull @Size(max = ApiDocs.PERIOD_MAX) @ValidPeriod String period,
        @Schema(required = true, description = ApiDocs.VALUE, minimum = ApiDocs.VALUE_MIN, maximum = ApiDocs.VALUE_MAX,
                examples = "40.5")
        @NotNull @Digits(integer = Decimals.WHOLE_DIGITS, fraction = Decimals.VALUE_SCALE) BigDecimal value) {

    public PeriodValue {
        value = Decimals.normalized(value);
    }

    public static PeriodValue of(String period, BigDecimal value) {
        return new PeriodValue(period, value);
    }

    public Reading reading() {
        return new Reading(period, value);
    }

    public static PeriodValue of(Reading reading) {
        return reading == null ? null : new PeriodValue(reading.period(), reading.value());
    }
}
