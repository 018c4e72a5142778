package org.jointcommissioning.budgets.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.budgets.domain.PaymentDraft;
import org.jointcommissioning.common.validation.ValidMoney;
import org.jointcommissioning.contracts.money.Money;

import java.time.LocalDate;

@Schema(description = "A payment to a supplier, drawn from an award's commitment")
public record PaymentRequest(
        @NotNull @Size(min = 1, max = 200) String awardId,
        @NotNull @ValidMoney Money amount,
        @NotNull LocalDate date,
        @Size(max = 200) String reference) {

    public PaymentDraft draft() {
        return new PaymentDraft(awardId, amount, date, reference);
    }
}
