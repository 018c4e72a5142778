package org.jointcommissioning.commissioning.rest;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.commissioning.domain.IndicatorGoal;

import java.math.BigDecimal;

/** An LAA indicator the opportunity should move (such as NI135), and by how much in the indicator's unit. */
@Schema(name = "IndicatorTargetRequest")
public record IndicatorTargetRequest(
        @NotBlank @Size(max = Limits.INDICATOR_CODE) String code,
        @Schema(description = "In the indicator's unit: " + Decimals.PRECISION, minimum = Decimals.MIN,
                maximum = Decimals.MAX, examples = "2.5")
        @NotNull @Digits(integer = Decimals.WHOLE_DIGITS, fraction = Decimals.FRACTION_DIGITS)
        BigDecimal expectedImprovement) {

    /** Kept and sent on as a decimal string: written without an exponent. */
    IndicatorGoal target() {
        return new IndicatorGoal(code, Decimals.plain(expectedImprovement));
    }
}
