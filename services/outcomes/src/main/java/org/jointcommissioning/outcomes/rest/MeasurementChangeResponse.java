package org.jointcommissioning.outcomes.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.common.changes.Change;

import java.time.Instant;

@Schema(description = "A measurement recorded: a first value for a period or a revision of it (measurements are "
        + "never changed afterwards)")
public record MeasurementChangeResponse(
        @Schema(required = true, maxLength = ApiDocs.CODE_MAX, description = "The indicator measured")
        String indicatorCode,
        @Schema(required = true, enumeration = "recorded", maxLength = 40,
                description = "What happened: `recorded`, a measurement was recorded") String change,
        @Schema(required = true, description = "When it was recorded") Instant changedAt,
        @Schema(required = true, ref = "MeasurementResponse",
                description = "The measurement, as the indicator's measurements show it") JsonNode measurement) {

    static MeasurementChangeResponse of(Change change) {
        return new MeasurementChangeResponse(change.scope(), change.type(), change.changedAt(), change.resource());
    }
}
