package org.jointcommissioning.outcomes.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.outcomes.domain.Risk;
import org.jointcommissioning.outcomes.domain.RiskStatus;

import java.time.Instant;
import java.util.List;

/** A risk with its score (likelihood × impact, 1 to 25). */
public record RiskResponse(
        @Schema(required = true, maxLength = ApiDocs.ID_MAX) String id,
        @Schema(required = true, maxLength = 300) String title,
        @Schema(required = true, maxItems = 50, description = "Sorted") List<@Size(max = 32) String> indicatorCodes,
        @Schema(required = true, minimum = "1", maximum = "5") int likelihood,
        @Schema(required = true, minimum = "1", maximum = "5") int impact,
        @Schema(required = true, minimum = "1", maximum = "25") int score,
        @Schema(required = true, maxLength = 4000) String mitigation,
        @Schema(required = true, maxLength = ApiDocs.PERSON_MAX) String owner,
        @Schema(required = true) RiskStatus status,
        @Schema(required = true, maxLength = ApiDocs.ORG_MAX) String orgId,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    public static RiskResponse of(Risk r) {
        // Sorted here: the set a reloaded risk holds keeps no order.
        return new RiskResponse(r.id, r.title, r.indicatorCodes.stream().sorted().toList(), r.likelihood, r.impact,
                r.score, r.mitigation, r.owner, r.status, r.orgId, r.createdAt, r.updatedAt);
    }
}
