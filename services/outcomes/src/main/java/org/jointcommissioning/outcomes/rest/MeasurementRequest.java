package org.jointcommissioning.outcomes.rest;

import jakarta.validation.Valid;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jointcommissioning.outcomes.domain.DataQuality;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.outcomes.domain.Decimals;

import java.math.BigDecimal;
import java.util.List;

/** A value reported for a period; a second one for the same period is a revision. */
public record MeasurementRequest(
        @NotNull @ValidPeriod String period,
        @NotNull @Digits(integer = 15, fraction = Decimals.VALUE_SCALE) @JsonDeserialize(using = DecimalInput.class)
        @Schema(description = "A number, or a decimal string such as \"40.5\", with at most four decimals")
        BigDecimal value,
        @NotNull DataQuality dataQuality,
        @NotBlank @Size(max = 300) String source,
        @Size(max = 50) List<@NotNull @Valid DistrictValueData> districts) {
}
