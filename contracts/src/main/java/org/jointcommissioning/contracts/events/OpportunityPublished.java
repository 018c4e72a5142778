package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.jointcommissioning.contracts.schema.FreeText;
import org.jointcommissioning.contracts.schema.NonEmpty;
import org.jointcommissioning.contracts.schema.OneOf;
import java.time.Instant;
import java.util.List;

@JsonClassDescription("An opportunity is published: bidders may ask questions and bid until the submission deadline.")
@Event(type = "commissioning.OpportunityPublished.v1", topic = Topics.COMMISSIONING_OPPORTUNITIES)
public record OpportunityPublished(
        String opportunityId,
        String ownerOrgId,
        String frameworkId,
        String title,
        @OneOf({"open", "selective", "grant"}) String route,
        String fundId,
        Instant clarificationDeadline,
        Instant submissionDeadline,
        @NonEmpty List<LotSummary> lots,
        @NonEmpty List<CriterionSummary> criteria,
        List<IndicatorTarget> indicators,
        Instant publishedAt,
        @FreeText(maxLength = 20000) String description,
        @JsonPropertyDescription("The themes of the opportunity's framework, for matching bidders' saved searches")
        List<String> themes) {
}
