package org.jointcommissioning.budgets.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.budgets.domain.Payment;
import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;
import java.time.LocalDate;

public record PaymentResponse(
        @Schema(required = true, maxLength = 36) String id,
        @Schema(required = true, maxLength = 36) String fundId,
        @Schema(required = true, maxLength = 200) String awardId,
        @Schema(required = true, maxLength = 36) String reservationId,
        @Schema(required = true) Money amount,
        @Schema(required = true) LocalDate date,
        @Schema(description = "The finance manager's reference, when one was given", maxLength = 200) String reference,
        @Schema(required = true) Instant recordedAt) {

    static PaymentResponse of(Payment payment, String currency) {
        return new PaymentResponse(payment.id, payment.fundId, payment.awardId, payment.reservationId,
                Money.of(payment.amount, currency), payment.date, payment.reference, payment.recordedAt);
    }
}
