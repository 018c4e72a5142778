package org.jointcommissioning.budgets.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.budgets.domain.Contribution;
import org.jointcommissioning.budgets.domain.ContributionKind;
import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;
import java.time.LocalDate;

public record ContributionResponse(
        @Schema(required = true, maxLength = 36) String id,
        @Schema(required = true, maxLength = 36) String fundId,
        @Schema(required = true, maxLength = 64) String partnerId,
        @Schema(required = true) ContributionKind kind,
        @Schema(required = true) Money amount,
        @Schema(required = true) LocalDate date,
        @Schema(description = "The partner's own reference, when it gave one", maxLength = 200) String reference,
        @Schema(required = true, description = "Whether a receipt went beyond the partner's outstanding pledge")
        boolean additional,
        @Schema(required = true) Instant recordedAt) {

    static ContributionResponse of(Contribution contribution, String currency) {
        return new ContributionResponse(contribution.id, contribution.fundId, contribution.partnerId,
                contribution.kind, Money.of(contribution.amount, currency), contribution.date, contribution.reference,
                contribution.additional, contribution.recordedAt);
    }
}
