package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;

@JsonClassDescription("Award saga step 2: the fund reserved the award's amount.")
@Event(type = "budgets.FundsReserved.v1", topic = Topics.BUDGETS_FUNDS)
public record FundsReserved(String awardId, String fundId, String reservationId, Money amount, Instant reservedAt) {
}
