package org.jointcommissioning.contracts.events;

import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;
import java.time.LocalDate;

/** A partner's pledge or receipt into a pooled fund: {@code kind} is pledge or receipt. */
@Event(type = "budgets.ContributionRecorded.v1", topic = Topics.BUDGETS_FUNDS)
public record ContributionRecorded(
        String contributionId,
        String fundId,
        String partnerId,
        String kind,
        Money amount,
        LocalDate date,
        Instant recordedAt) {
}
