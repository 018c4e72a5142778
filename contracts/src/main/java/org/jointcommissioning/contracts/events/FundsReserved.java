package org.jointcommissioning.contracts.events;

import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;

@Event(type = "budgets.FundsReserved.v1", topic = Topics.BUDGETS_FUNDS)
public record FundsReserved(String awardId, String fundId, String reservationId, Money amount, Instant reservedAt) {
}
