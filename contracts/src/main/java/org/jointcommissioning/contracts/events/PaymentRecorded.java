package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;
import java.time.LocalDate;

/** A payment drawn from a commitment; carries the award id so that spend can be attributed to indicators. */
@JsonClassDescription("A payment drawn from an award's commitment.")
@Event(type = "budgets.PaymentRecorded.v1", topic = Topics.BUDGETS_FUNDS)
public record PaymentRecorded(
        String paymentId,
        String fundId,
        String awardId,
        Money amount,
        LocalDate date,
        Instant recordedAt) {
}
