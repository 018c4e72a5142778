package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;

@JsonClassDescription("The contract is announced: the reservation became a commitment.")
@Event(type = "budgets.FundsCommitted.v1", topic = Topics.BUDGETS_FUNDS)
public record FundsCommitted(String awardId, String fundId, String reservationId, Money amount, Instant committedAt) {
}
