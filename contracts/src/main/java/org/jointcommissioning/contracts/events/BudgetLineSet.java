package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.contracts.schema.Matches;

import java.time.Instant;

/** A budget line of a fund's year is set up or its budget changed. */
@JsonClassDescription("A budget line of a pooled fund's financial year, set up or given a new budget.")
@Event(type = "budgets.BudgetLineSet.v1", topic = Topics.BUDGETS_FUNDS)
public record BudgetLineSet(
        String fundId,
        @Matches("^[0-9]{4}-[0-9]{2}$") String year,
        String line,
        String name,
        Money budget,
        Instant setAt) {
}
