package org.jointcommissioning.outcomes.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.outcomes.domain.DataQuality;
import org.jointcommissioning.outcomes.domain.Decimals;
import org.jointcommissioning.outcomes.domain.MeasurementDraft;

import java.math.BigDecimal;
import java.util.List;

/** A value reported for a period; a second one for the same period is a revision. */
public record MeasurementRequest(
        @Schema(examples = "2026-27-Q2") @NotNull @Size(max = ApiDocs.PERIOD_MAX) @ValidPeriod String period,
        @Schema(description = ApiDocs.VALUE, minimum = ApiDocs.VALUE_MIN, maximum = ApiDocs.VALUE_MAX, examples = "40.5")
        @NotNull @Digits(integer = Decimals.WHOLE_DIGITS, fraction = Decimals.VALUE_SCALE) BigDecimal value,
        @NotNull DataQuality dataQuality,
        @NotBlank @Size(max = 300) String source,
        @Schema(description = "Values by district, each district once; left out means none")
        @Size(max = 50) List<@NotNull @Valid DistrictValueData> districts) {

    public MeasurementRequest {
        value = Decimals.normalized(value);
    }

    public MeasurementDraft draft() {
        return new MeasurementDraft(period, value, dataQuality, source, districts == null ? null
                : districts.stream().map(d -> new MeasurementDraft.DistrictReading(d.district(), d.value())).toList());
    }
}
