package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.contracts.schema.OneOf;

import java.time.Instant;
import java.time.LocalDate;

/** A partner's pledge or receipt into a pooled fund: {@code kind} is pledge or receipt. */
@JsonClassDescription("A partner's pledge or receipt into a pooled fund.")
@Event(type = "budgets.ContributionRecorded.v1", topic = Topics.BUDGETS_FUNDS)
public record ContributionRecorded(
        String contributionId,
        String fundId,
        String partnerId,
        @OneOf({"pledge", "receipt"}) String kind,
        Money amount,
        LocalDate date,
        Instant recordedAt) {
}
