package org.jointcommissioning.outcomes.rest;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.outcomes.domain.Decimals;

import java.math.BigDecimal;

/** A measurement's value for one district. */
public record DistrictValueData(
        @Schema(required = true) @NotBlank @Size(max = 100) String district,
        @Schema(required = true, description = ApiDocs.VALUE, minimum = ApiDocs.VALUE_MIN, maximum = ApiDocs.VALUE_MAX,
                examples = "40.5")
        @NotNull @Digits(integer = Decimals.WHOLE_DIGITS, fraction = Decimals.VALUE_SCALE) BigDecimal value) {

    public DistrictValueData {
        value = Decimals.normalized(value);
    }
}
