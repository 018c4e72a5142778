package org.jointcommissioning.contracts.events;

import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;

/**
 * The fund cannot pay for the award. {@code reason} is one of insufficient-funds, fund-closed, unknown-fund, not-a-member (the awarding partner),
 * currency-mismatch; {@code detail} says it in words.
 */
@Event(type = "budgets.FundingRejected.v1", topic = Topics.BUDGETS_FUNDS)
public record FundingRejected(String awardId, String fundId, Money amount, String reason, String detail,
                              Instant rejectedAt) {
}
