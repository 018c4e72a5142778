package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.contracts.schema.OneOf;

import java.time.Instant;
import java.util.List;

/** A closed year's underspend is carried into the next year or returned to the partners, in their shares. */
@JsonClassDescription("A closed year's underspend carried into the next year, or returned to the partners.")
@Event(type = "budgets.UnderspendSettled.v1", topic = Topics.BUDGETS_FUNDS)
public record UnderspendSettled(
        String fundId,
        String year,
        @OneOf({"carried-forward", "returned"}) String how,
        @JsonPropertyDescription("The year it is carried into; the open year it is returned in.") String intoYear,
        Money amount,
        List<PartnerAmount> shares,
        Instant settledAt) {
}
