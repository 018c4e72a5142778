package org.jointcommissioning.outcomes.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.outcomes.domain.RagStatus;
import org.jointcommissioning.outcomes.service.Scorecard;

import java.util.List;

/** An indicator behind its path (red or amber), who owns it, and its open risks by score. */
public record OffTrackIndicator(
        @Schema(required = true, maxLength = ApiDocs.CODE_MAX) String code,
        @Schema(required = true, maxLength = 300) String title,
        @Schema(required = true) RagStatus status,
        @Schema(required = true, maxLength = ApiDocs.ORG_MAX) String ownerPartnership,
        @Schema(description = "Left out while the indicator has no measurement") PeriodValue latest,
        @Schema(required = true, maxItems = Scorecard.TOP_RISKS,
                description = "The open risks with the highest scores, highest first, then by id")
        List<RiskSummary> openRisks,
        @Schema(required = true, minimum = "0", maximum = "2147483647", description = "How many risks are open in all")
        int openRiskCount) {

    static OffTrackIndicator of(Scorecard.OffTrack o) {
        return new OffTrackIndicator(o.code(), o.title(), o.status(), o.ownerPartnership(), PeriodValue.of(o.latest()),
                o.openRisks().stream().map(r -> new RiskSummary(r.id(), r.title(), r.score(), r.owner())).toList(),
                o.openRiskCount());
    }

    public record RiskSummary(
            @Schema(required = true, maxLength = ApiDocs.ID_MAX) String id,
            @Schema(required = true, maxLength = 300) String title,
            @Schema(required = true, minimum = "1", maximum = "25") int score,
            @Schema(required = true, maxLength = ApiDocs.PERSON_MAX) String owner) {
    }
}
