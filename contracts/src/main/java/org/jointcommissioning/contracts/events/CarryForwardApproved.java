package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.time.Instant;
import java.util.List;

/** One member's finance manager approves carrying a closed year's underspend into the next year. */
@JsonClassDescription("A member's approval of carrying a closed year's underspend into the next year.")
@Event(type = "budgets.CarryForwardApproved.v1", topic = Topics.BUDGETS_FUNDS)
public record CarryForwardApproved(
        String fundId,
        String year,
        String partnerId,
        @JsonPropertyDescription("Members yet to approve, in id order; none once the carry-forward is posted.")
        List<String> awaiting,
        Instant approvedAt) {
}
