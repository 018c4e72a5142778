package org.jointcommissioning.commissioning.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.commissioning.domain.IndicatorGoal;

import java.math.BigDecimal;

/** An indicator the opportunity should move; the improvement a JSON number, not the events' decimal string. */
@Schema(name = "IndicatorTarget")
public record IndicatorTargetResponse(
        @Schema(required = true, maxLength = Limits.INDICATOR_CODE) String code,
        @Schema(required = true, description = "In the indicator's unit: " + Decimals.PRECISION,
                minimum = Decimals.MIN, maximum = Decimals.MAX)
        BigDecimal expectedImprovement) {

    static IndicatorTargetResponse of(IndicatorGoal target) {
        return new IndicatorTargetResponse(target.code(), target.expectedImprovement());
    }
}
