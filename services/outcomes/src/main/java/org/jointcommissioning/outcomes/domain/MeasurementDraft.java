package org.jointcommissioning.outcomes.domain;

import java.math.BigDecimal;
import java.util.List;

/** A value reported for a period, with its data quality, source and optional breakdown by district. */
public record MeasurementDraft(String period, BigDecimal value, DataQuality dataQuality, String source,
                               List<DistrictReading> districts) {

    /** One district's share of the value. */
    public record DistrictReading(String district, BigDecimal value) {
    }

    public MeasurementDraft {
        districts = districts == null ? List.of() : List.copyOf(districts);
    }
}
