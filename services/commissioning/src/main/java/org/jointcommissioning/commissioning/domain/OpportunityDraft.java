package org.jointcommissioning.commissioning.domain;

import java.time.Instant;
import java.util.List;

/** An opportunity as its commissioner drafts it; no criteria means the framework's. */
public record OpportunityDraft(String title, String description, String frameworkId, Route route, List<Lot> lots,
                               String fundId, List<IndicatorGoal> indicatorTargets, Instant clarificationDeadline,
                               Instant submissionDeadline, List<Criterion> criteria) {
}
