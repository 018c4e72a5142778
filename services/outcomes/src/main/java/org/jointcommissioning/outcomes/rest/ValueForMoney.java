package org.jointcommissioning.outcomes.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.outcomes.domain.Polarity;
import org.jointcommissioning.outcomes.domain.RagStatus;
import org.jointcommissioning.outcomes.service.ValueForMoneyView;

import java.math.BigDecimal;

/**
 * What the money is buying on one indicator: committed and spent on its active contracts, the improvement
 * since the baseline (in the good direction of its polarity) and the cost per point of improvement,
 * spent ÷ improvement rounded half-up to the penny. What cannot be known yet is left out.
 */
public record ValueForMoney(
        @Schema(required = true, maxLength = ApiDocs.CODE_MAX) String code,
        @Schema(required = true, maxLength = 300) String title,
        @Schema(required = true, maxLength = 100) String unit,
        @Schema(required = true) Polarity polarity,
        @Schema(required = true) RagStatus status,
        @Schema(required = true) PeriodValue baseline,
        @Schema(description = "Left out while the indicator has no measurement") PeriodValue latest,
        @Schema(description = "The latest value against the baseline, positive when better: a JSON number in the "
                + "indicator's unit with at most 4 decimals; left out while the indicator has no measurement",
                minimum = "-9999999999999999.9999", maximum = "9999999999999999.9999")
        BigDecimal improvementSinceBaseline,
        @Schema(required = true) Money committed,
        @Schema(required = true) Money spent,
        @Schema(description = "Left out unless the improvement is above zero") Money costPerPoint) {

    public static ValueForMoney of(ValueForMoneyView view) {
        return view == null ? null : new ValueForMoney(view.code(), view.title(), view.unit(), view.polarity(),
                view.status(), PeriodValue.of(view.baseline()), PeriodValue.of(view.latest()),
                view.improvementSinceBaseline(), view.committed(), view.spent(), view.costPerPoint());
    }
}
