package org.jointcommissioning.outcomes.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.outcomes.domain.DataQuality;
import org.jointcommissioning.outcomes.domain.Decimals;
import org.jointcommissioning.outcomes.domain.Measurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One reported value: revision 1 is the first report for the period, higher ones revise it. */
public record MeasurementResponse(
        @Schema(required = true, maxLength = ApiDocs.ID_MAX) String id,
        @Schema(required = true, maxLength = ApiDocs.PERIOD_MAX) String period,
        @Schema(required = true, minimum = "1", maximum = "2147483647") int revision,
        @Schema(required = true, description = ApiDocs.VALUE, minimum = ApiDocs.VALUE_MIN, maximum = ApiDocs.VALUE_MAX)
        BigDecimal value,
        @Schema(required = true) DataQuality dataQuality,
        @Schema(required = true, maxLength = 300) String source,
        @Schema(required = true, maxItems = 50, description = "Empty when none were reported")
        List<DistrictValueData> districts,
        @Schema(required = true, maxLength = ApiDocs.PERSON_MAX) String recordedBy,
        @Schema(maxLength = ApiDocs.ORG_MAX, description = "The reporter's organisation; left out when its token named none")
        String recordedByOrg,
        @Schema(required = true) Instant recordedAt) {

    public static MeasurementResponse of(Measurement m) {
        return new MeasurementResponse(m.id, m.period, m.revision, Decimals.shown(m.value), m.dataQuality, m.source,
                m.districts.stream().map(d -> new DistrictValueData(d.district, Decimals.shown(d.value))).toList(),
                m.recordedBy, m.recordedByOrg, m.recordedAt);
    }
}
