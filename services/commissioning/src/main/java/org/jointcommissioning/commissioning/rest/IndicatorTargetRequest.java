package org.jointcommissioning.commissioning.rest;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.contracts.events.IndicatorTarget;

import java.math.BigDecimal;

/** An LAA indicator the opportunity should move (such as NI135), and by how much in the indicator's unit. */
@Schema(name = "IndicatorTargetRequest")
public record IndicatorTargetRequest(
        @NotBlank @Size(max = Limits.INDICATOR_CODE) String code,
        @Schema(description = "In the indicator's unit: " + Decimals.PRECISION, minimum = Decimals.MIN,
                maximum = Decimals.MAX, examples = "2.5")
        @NotNull @Digits(integer = Decimals.WHOLE_DIGITS, fraction = Decimals.FRACTION_DIGITS)
        BigDecimal expectedImprovement) {

    /** The events' shape, whose decimal is a string: written without an exponent. */
    IndicatorTarget target() {
        return new IndicatorTarget(code, Decimals.plain(expectedImprovement));
    }
}
