package org.jointcommissioning.budgets.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.budgets.domain.Balances;
import org.jointcommissioning.budgets.domain.Reservation;
import org.jointcommissioning.budgets.domain.ReservationStatus;
import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;

@Schema(description = "An award's reservation or commitment; held and paid are read from the journal")
public record ReservationResponse(
        @Schema(required = true, maxLength = 36) String id,
        @Schema(required = true, maxLength = 36) String fundId,
        @Schema(required = true, maxLength = 200) String awardId,
        @Schema(required = true) ReservationStatus status,
        @Schema(required = true, description = "What the award asked for") Money amount,
        @Schema(required = true, description = "Still reserved or committed for the award, and not yet paid") Money held,
        @Schema(required = true, description = "Paid to the supplier so far") Money paid,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    static ReservationResponse of(Reservation reservation, Balances ofAward, String currency) {
        return new ReservationResponse(reservation.id, reservation.fundId, reservation.awardId, reservation.status(),
                Money.of(reservation.amount, currency),
                Money.of(ofAward.reserved().add(ofAward.committed()), currency),
                Money.of(ofAward.spent(), currency), reservation.createdAt, reservation.updatedAt);
    }
}
