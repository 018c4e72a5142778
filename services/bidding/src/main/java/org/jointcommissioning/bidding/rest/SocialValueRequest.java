package org.jointcommissioning.bidding.rest;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** A social value commitment, such as "local apprenticeships", "number", 4. */
public record SocialValueRequest(
        @NotBlank @Size(max = 2000) String description,
        @Size(max = 200) String measure,
        @Schema(description = "How many, in the measure: " + Decimals.PRECISION, minimum = "0",
                maximum = "999999999999999.9999", examples = "12")
        @PositiveOrZero @Digits(integer = Decimals.WHOLE_DIGITS, fraction = Decimals.FRACTION_DIGITS) BigDecimal quantity) {
}
