package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;

/** Money reserved or committed for an award, and not yet paid, returns to the fund. */
@JsonClassDescription("Money reserved or committed for an award, and not yet paid, returned to the fund.")
@Event(type = "budgets.FundsReleased.v1", topic = Topics.BUDGETS_FUNDS)
public record FundsReleased(String awardId, String fundId, String reservationId, Money amount, Instant releasedAt) {
}
