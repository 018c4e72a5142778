package org.jointcommissioning.budgets.domain;

/** A journal entry as the change feed shows it: with its fund's currency, which its amounts are in. */
public record LedgerChange(JournalEntry entry, String currency) {
}
