package org.jointcommissioning.outcomes.domain;

/** Which indicators a list shows; a null criterion does not filter. */
public record IndicatorFilter(IndicatorKind kind, String theme, RagStatus status, String owner) {
}
