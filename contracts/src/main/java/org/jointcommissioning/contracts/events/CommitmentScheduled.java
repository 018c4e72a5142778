package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.contracts.schema.NonEmpty;

import java.time.Instant;
import java.util.List;

/** An award's commitment is put on a budget line, with the months in which it is to be paid. */
@JsonClassDescription("An award's commitment put on a budget line, with its payment schedule.")
@Event(type = "budgets.CommitmentScheduled.v1", topic = Topics.BUDGETS_FUNDS)
public record CommitmentScheduled(
        String fundId,
        String awardId,
        String line,
        @JsonPropertyDescription("Month by month, oldest first.") @NonEmpty List<ScheduledPayment> schedule,
        Instant scheduledAt) {

    /** The amount due to be paid in a month (yyyy-MM). */
    public record ScheduledPayment(String month, Money amount) {
    }
}
