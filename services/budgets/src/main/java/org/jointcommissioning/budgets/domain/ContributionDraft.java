package org.jointcommissioning.budgets.domain;

import org.jointcommissioning.contracts.money.Money;

import java.time.LocalDate;

/** A pledge or receipt as a finance manager records it; {@code additional} only for receipts. */
public record ContributionDraft(String partnerId, ContributionKind kind, Money amount, LocalDate date, String reference,
                                boolean additional) {
}
