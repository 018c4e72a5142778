package org.jointcommissioning.budgets.rest;

import org.jointcommissioning.budgets.domain.Payment;
import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;
import java.time.LocalDate;

public record PaymentResponse(String id, String fundId, String awardId, String reservationId, Money amount,
                              LocalDate date, String reference, Instant recordedAt) {

    static PaymentResponse of(Payment payment, String currency) {
        return new PaymentResponse(payment.id, payment.fundId, payment.awardId, payment.reservationId,
                Money.of(payment.amount, currency), payment.date, payment.reference, payment.recordedAt);
    }
}
