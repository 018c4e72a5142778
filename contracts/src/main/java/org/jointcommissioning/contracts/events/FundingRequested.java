package org.jointcommissioning.contracts.events;

import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;

/** Step 1 of the award saga: commissioning asks the pooled fund to reserve the award's amount. */
@Event(type = "commissioning.FundingRequested.v1", topic = Topics.COMMISSIONING_AWARDS)
public record FundingRequested(
        String awardId,
        String opportunityId,
        String lotId,
        String fundId,
        Money amount,
        Instant requestedAt) {
}
