package org.jointcommissioning.outcomes.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.outcomes.domain.RagStatus;

import java.util.List;

/** An indicator behind its path (red or amber), who owns it, and its open risks by score. */
public record OffTrackIndicator(
        @Schema(required = true, maxLength = ApiDocs.CODE_MAX) String code,
        @Schema(required = true, maxLength = 300) String title,
        @Schema(required = true) RagStatus status,
        @Schema(required = true, maxLength = ApiDocs.ORG_MAX) String ownerPartnership,
        @Schema(description = "Left out while the indicator has no measurement") PeriodValue latest,
        @Schema(required = true, description = "Highest score first, then by id") List<RiskSummary> openRisks) {

    public record RiskSummary(
            @Schema(required = true, maxLength = ApiDocs.ID_MAX) String id,
            @Schema(required = true, maxLength = 300) String title,
            @Schema(required = true, minimum = "1", maximum = "25") int score,
            @Schema(required = true, maxLength = ApiDocs.PERSON_MAX) String owner) {
    }
}
