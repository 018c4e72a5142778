package org.jointcommissioning.outcomes.rest;

import org.jointcommissioning.outcomes.domain.RagStatus;

import java.util.List;

/** An indicator behind its path (red or amber), who owns it, and its open risks by score. */
public record OffTrackIndicator(
        String code,
        String title,
        RagStatus status,
        String ownerPartnership,
        PeriodValue latest,
        List<RiskSummary> openRisks) {

    public record RiskSummary(String id, String title, int score, String owner) {
    }
}
