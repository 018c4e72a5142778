package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.contracts.schema.OneOf;

import java.time.Instant;

/**
 * The fund cannot pay for the award. {@code reason} is one of insufficient-funds, fund-closed, unknown-fund, not-a-member (the awarding partner),
 * currency-mismatch; {@code detail} says it in words.
 */
@JsonClassDescription("Award saga step 2: the fund cannot pay for the award.")
@Event(type = "budgets.FundingRejected.v1", topic = Topics.BUDGETS_FUNDS)
public record FundingRejected(String awardId, String fundId, Money amount,
                              @OneOf({"insufficient-funds", "fund-closed", "unknown-fund", "not-a-member",
                                      "currency-mismatch"}) String reason, String detail,
                              Instant rejectedAt) {
}
