package org.jointcommissioning.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * The partners that are members of a pooled fund, and whether it is open. Sent when the fund is created,
 * when its membership changes and when it closes, so that other services know who may draw on it.
 */
@Event(type = "budgets.FundMembershipChanged.v1", topic = Topics.BUDGETS_FUNDS)
public record FundMembershipChanged(
        String fundId,
        String hostPartnerId,
        boolean open,
        List<String> members,
        Instant changedAt) {
}
