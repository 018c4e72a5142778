package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;

/**
 * Step 1 of the award saga: commissioning asks the pooled fund to reserve the award's amount. The awarding partner
 * (the opportunity's owner) must be a member of the fund; budgets checks it again.
 */
@JsonClassDescription("Award saga step 1: commissioning asks the pooled fund to reserve the award's amount.")
@Event(type = "commissioning.FundingRequested.v1", topic = Topics.COMMISSIONING_AWARDS)
public record FundingRequested(
        String awardId,
        String opportunityId,
        String lotId,
        String fundId,
        @JsonPropertyDescription("The partner whose commissioner awards: the opportunity's owner, a member of the fund.")
        String awardingPartnerId,
        Money amount,
        Instant requestedAt) {
}
