package org.jointcommissioning.bidding.rest;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** An LAA indicator the bid will move (such as NI179), and by how much in the indicator's unit. */
public record IndicatorContributionRequest(
        @NotBlank @Size(max = 50) String code,
        @Schema(description = "In the indicator's unit: " + Decimals.PRECISION, minimum = "-999999999999999.9999",
                maximum = "999999999999999.9999", examples = "1.5")
        @NotNull @Digits(integer = Decimals.WHOLE_DIGITS, fraction = Decimals.FRACTION_DIGITS) BigDecimal expectedImprovement) {
}
