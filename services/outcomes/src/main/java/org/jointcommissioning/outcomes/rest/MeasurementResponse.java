package org.jointcommissioning.outcomes.rest;

import org.jointcommissioning.outcomes.domain.DataQuality;
import org.jointcommissioning.outcomes.domain.Decimals;
import org.jointcommissioning.outcomes.domain.Measurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One reported value: revision 1 is the first report for the period, higher ones revise it. */
public record MeasurementResponse(
        String id,
        String period,
        int revision,
        BigDecimal value,
        DataQuality dataQuality,
        String source,
        List<DistrictValueData> districts,
        String recordedBy,
        String recordedByOrg,
        Instant recordedAt) {

    public static MeasurementResponse of(Measurement m) {
        return new MeasurementResponse(m.id, m.period, m.revision, Decimals.shown(m.value), m.dataQuality, m.source,
                m.districts.stream().map(d -> new DistrictValueData(d.district, Decimals.shown(d.value))).toList(),
                m.recordedBy, m.recordedByOrg, m.recordedAt);
    }
}
