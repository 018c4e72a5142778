package org.jointcommissioning.budgets.rest;

import org.jointcommissioning.budgets.domain.Contribution;
import org.jointcommissioning.budgets.domain.ContributionKind;
import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;
import java.time.LocalDate;

public record ContributionResponse(String id, String fundId, String partnerId, ContributionKind kind, Money amount,
                                   LocalDate date, String reference, boolean additional, Instant recordedAt) {

    static ContributionResponse of(Contribution contribution, String currency) {
        return new ContributionResponse(contribution.id, contribution.fundId, contribution.partnerId,
                contribution.kind, Money.of(contribution.amount, currency), contribution.date, contribution.reference,
                contribution.additional, contribution.recordedAt);
    }
}
