package org.jointcommissioning.budgets.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.budgets.domain.ContributionDraft;
import org.jointcommissioning.budgets.domain.ContributionKind;
import org.jointcommissioning.common.validation.ValidMoney;
import org.jointcommissioning.contracts.money.Money;

import java.time.LocalDate;

@Schema(description = "A partner's pledge to the fund, or a receipt of money it paid in")
public record ContributionRequest(
        @NotNull @Size(min = 1, max = 64) String partnerId,
        @NotNull ContributionKind kind,
        @NotNull @ValidMoney Money amount,
        @NotNull LocalDate date,
        @Size(max = 200) String reference,
        @Schema(description = "A receipt beyond the partner's outstanding pledge, which counts as pledged and "
                + "received at once; only for receipts", defaultValue = "false")
        Boolean additional) {

    public ContributionDraft draft() {
        return new ContributionDraft(partnerId, kind, amount, date, reference, Boolean.TRUE.equals(additional));
    }
}
