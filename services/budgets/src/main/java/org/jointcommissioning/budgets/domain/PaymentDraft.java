package org.jointcommissioning.budgets.domain;

import org.jointcommissioning.contracts.money.Money;

import java.time.LocalDate;

/** A payment to an award's supplier as a finance manager records it. */
public record PaymentDraft(String awardId, Money amount, LocalDate date, String reference) {
}
