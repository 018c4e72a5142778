package org.jointcommissioning.outcomes.domain;

/** An open risk to an indicator, as the scorecard lists it. */
public record OpenRisk(String indicatorCode, String id, String title, int score, String owner) {
}
