package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.jointcommissioning.contracts.schema.NonEmpty;
import java.time.Instant;
import java.util.List;

/**
 * The partners that are members of a pooled fund, and whether it is open. Sent when the fund is created,
 * when its membership changes and when it closes, so that other services know who may draw on it.
 */
@JsonClassDescription("The members of a pooled fund and whether it is open: sent when the fund is created, when its membership changes and when it closes.")
@Event(type = "budgets.FundMembershipChanged.v1", topic = Topics.BUDGETS_FUNDS)
public record FundMembershipChanged(
        String fundId,
        String hostPartnerId,
        @JsonPropertyDescription("An open fund takes pledges and funds new awards.") boolean open,
        @JsonPropertyDescription("Every member partner, the host included.") @NonEmpty(distinct = true)
        List<String> members,
        Instant changedAt) {
}
