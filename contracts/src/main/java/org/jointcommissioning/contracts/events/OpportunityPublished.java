package org.jointcommissioning.contracts.events;

import java.time.Instant;
import java.util.List;

@Event(type = "commissioning.OpportunityPublished.v1", topic = Topics.COMMISSIONING_OPPORTUNITIES)
public record OpportunityPublished(
        String opportunityId,
        String ownerOrgId,
        String frameworkId,
        String title,
        String route,
        String fundId,
        Instant clarificationDeadline,
        Instant submissionDeadline,
        List<LotSummary> lots,
        List<CriterionSummary> criteria,
        List<IndicatorTarget> indicators,
        Instant publishedAt) {
}
