package org.jointcommissioning.outcomes.rest;

import org.jointcommissioning.outcomes.domain.Risk;
import org.jointcommissioning.outcomes.domain.RiskStatus;

import java.time.Instant;
import java.util.List;

/** A risk with its score (likelihood × impact, 1 to 25). */
public record RiskResponse(
        String id,
        String title,
        List<String> indicatorCodes,
        int likelihood,
        int impact,
        int score,
        String mitigation,
        String owner,
        RiskStatus status,
        String orgId,
        Instant createdAt,
        Instant updatedAt) {

    public static RiskResponse of(Risk r) {
        return new RiskResponse(r.id, r.title, List.copyOf(r.indicatorCodes), r.likelihood, r.impact, r.score,
                r.mitigation, r.owner, r.status, r.orgId, r.createdAt, r.updatedAt);
    }
}
