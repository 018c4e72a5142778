package org.jointcommissioning.outcomes.rest;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.outcomes.domain.Decimals;

import java.math.BigDecimal;

/** A value at the end of a period: a baseline or a target, in the indicator's unit. */
public record PeriodValue(
        @NotNull @ValidPeriod String period,
        @NotNull @Digits(integer = 15, fraction = Decimals.VALUE_SCALE) @JsonDeserialize(using = DecimalInput.class)
        @Schema(description = "A number, or a decimal string such as \"40.5\", with at most four decimals")
        BigDecimal value) {

    public static PeriodValue of(String period, BigDecimal value) {
        return new PeriodValue(period, Decimals.shown(value));
    }
}
