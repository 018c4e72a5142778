package org.jointcommissioning.outcomes.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.outcomes.domain.Measurement;

import java.util.List;

/** A period's current value and the earlier values it replaced (its history), newest first. */
public record PeriodMeasurements(
        @Schema(required = true, maxLength = ApiDocs.PERIOD_MAX) String period,
        @Schema(required = true) MeasurementResponse current,
        @Schema(required = true, maxItems = Measurement.MAX_VALUES_PER_PERIOD - 1,
                description = "The values it replaced, newest first; empty when never revised")
        List<MeasurementResponse> history) {

    /** From one period's rows, newest revision first. */
    public static PeriodMeasurements of(List<Measurement> newestFirst) {
        List<MeasurementResponse> all = newestFirst.stream().map(MeasurementResponse::of).toList();
        return new PeriodMeasurements(all.get(0).period(), all.get(0), all.subList(1, all.size()));
    }
}
