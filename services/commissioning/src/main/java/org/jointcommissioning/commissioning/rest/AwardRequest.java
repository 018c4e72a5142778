package org.jointcommissioning.commissioning.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jointcommissioning.common.validation.ValidMoney;
import org.jointcommissioning.contracts.money.Money;

/** Award a lot to one of its opened bids, for an amount in GBP that the opportunity's fund must reserve. */
public record AwardRequest(@NotBlank String lotId, @NotBlank String bidId, @NotNull @Valid @ValidMoney Money amount) {
}
