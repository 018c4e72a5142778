package org.jointcommissioning.outcomes.rest;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.outcomes.domain.Decimals;

import java.math.BigDecimal;

/** A measurement's value for one district. */
public record DistrictValueData(
        @NotBlank @Size(max = 100) String district,
        @NotNull @Digits(integer = 15, fraction = Decimals.VALUE_SCALE) @JsonDeserialize(using = DecimalInput.class)
        @Schema(description = "A number, or a decimal string such as \"40.5\", with at most four decimals")
        BigDecimal value) {
}
