package org.jointcommissioning.outcomes.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.outcomes.domain.Indicator;
import org.jointcommissioning.outcomes.domain.IndicatorKind;
import org.jointcommissioning.outcomes.domain.Polarity;
import org.jointcommissioning.outcomes.domain.RagStatus;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** An indicator with its status and the latest value it was measured against. */
public record IndicatorResponse(
        @Schema(required = true, maxLength = ApiDocs.CODE_MAX) String code,
        @Schema(required = true, maxLength = 300) String title,
        @Schema(required = true) IndicatorKind kind,
        @Schema(required = true) Polarity polarity,
        @Schema(required = true, maxLength = 100) String unit,
        @Schema(required = true, maxLength = 100) String theme,
        @Schema(required = true, maxLength = ApiDocs.ORG_MAX) String ownerPartnership,
        @Schema(required = true, maxItems = 50, description = "Partners besides the owner who deliver towards it, "
                + "sorted; empty when none")
        List<@Size(max = 100) String> contributors,
        @Schema(required = true) PeriodValue baseline,
        @Schema(required = true, maxItems = 40, description = "By period") List<PeriodValue> targets,
        @Schema(required = true) RagStatus status,
        @Schema(description = "The current value of the latest period measured; left out until the first measurement")
        PeriodValue latest,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    public static IndicatorResponse of(Indicator indicator, PeriodValue latest) {
        return new IndicatorResponse(indicator.code, indicator.title, indicator.kind, indicator.polarity,
                indicator.unit, indicator.theme, indicator.ownerPartnership,
                indicator.contributors.stream().sorted().toList(),
                PeriodValue.of(indicator.baselinePeriod, indicator.baselineValue),
                indicator.targetPoints().stream().sorted(Comparator.comparing(t -> t.period()))
                        .map(t -> PeriodValue.of(t.period().toString(), t.value())).toList(),
                indicator.status, latest, indicator.createdAt, indicator.updatedAt);
    }
}
