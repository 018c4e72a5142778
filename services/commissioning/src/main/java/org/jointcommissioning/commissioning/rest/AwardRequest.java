package org.jointcommissioning.commissioning.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.commissioning.domain.AwardDraft;
import org.jointcommissioning.common.validation.ValidMoney;
import org.jointcommissioning.contracts.money.Money;

/** Award a lot to one of its opened bids, for at most the bid's price, which the opportunity's fund must reserve. */
public record AwardRequest(
        @NotBlank @Size(max = Limits.FOREIGN_ID) String lotId,
        @NotBlank @Size(max = Limits.FOREIGN_ID) String bidId,
        @Schema(description = "More than zero, in the bid's currency, and at most the bid's price: a lower amount "
                + "negotiated with the bidder is allowed, a higher one is refused (400 naming amount).")
        @NotNull @Valid @ValidMoney Money amount) {

    public AwardDraft draft() {
        return new AwardDraft(lotId, bidId, amount);
    }
}
