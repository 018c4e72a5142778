package org.jointcommissioning.outcomes.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.outcomes.domain.Indicator;
import org.jointcommissioning.outcomes.domain.IndicatorKind;
import org.jointcommissioning.outcomes.domain.Polarity;
import org.jointcommissioning.outcomes.domain.RagStatus;

import java.time.Instant;
import java.util.List;

/** An indicator with its status and the latest value it was measured against. */
public record IndicatorResponse(
        String code,
        String title,
        IndicatorKind kind,
        Polarity polarity,
        String unit,
        String theme,
        String ownerPartnership,
        @Schema(required = true, description = "Partners besides the owner who deliver towards it, sorted; "
                + "empty when none")
        List<String> contributors,
        PeriodValue baseline,
        List<PeriodValue> targets,
        RagStatus status,
        PeriodValue latest,
        Instant createdAt,
        Instant updatedAt) {

    public static IndicatorResponse of(Indicator indicator, PeriodValue latest) {
        return new IndicatorResponse(indicator.code, indicator.title, indicator.kind, indicator.polarity,
                indicator.unit, indicator.theme, indicator.ownerPartnership,
                indicator.contributors.stream().sorted().toList(),
                PeriodValue.of(indicator.baselinePeriod, indicator.baselineValue),
                indicator.targetPoints().stream().sorted(java.util.Comparator.comparing(t -> t.period()))
                        .map(t -> PeriodValue.of(t.period().toString(), t.value())).toList(),
                indicator.status, latest, indicator.createdAt, indicator.updatedAt);
    }
}
