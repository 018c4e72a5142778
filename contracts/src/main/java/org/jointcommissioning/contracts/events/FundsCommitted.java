package org.jointcommissioning.contracts.events;

import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;

@Event(type = "budgets.FundsCommitted.v1", topic = Topics.BUDGETS_FUNDS)
public record FundsCommitted(String awardId, String fundId, String reservationId, Money amount, Instant committedAt) {
}
