package org.jointcommissioning.budgets.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.budgets.domain.FundDraft;
import org.jointcommissioning.budgets.service.FundMembers;

import java.util.List;

@Schema(description = "A new pooled fund")
public record FundRequest(
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "The LAA priorities the fund serves") @NotBlank @Size(max = 2000) String purpose,
        @NotNull @Size(min = 1, max = 64) String hostPartnerId,
        @Schema(description = "The member partners' ids, without repeats: their people may read the fund, and only "
                + "members pledge, pay in and draw on it. The host is always a member and is added when not named; "
                + "at most 50 members in all", uniqueItems = true, example = "[\"county-council\", \"nhs-trust\"]")
        @NotNull @Size(min = 1, max = FundMembers.MAX) List<@NotNull @Size(min = 1, max = 64) String> members,
        @Schema(example = "2026-27", maxLength = 7) @NotNull @Pattern(regexp = "[0-9]{4}-[0-9]{2}", message = "must be a financial year such as 2026-27")
        String financialYear,
        @Schema(example = "GBP", maxLength = 3) @NotNull @Pattern(regexp = "GBP", message = "must be GBP") String currency,
        @Schema(description = "The LAA indicators the fund serves", example = "[\"NI179\"]")
        @Size(max = 100) List<@NotNull @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}",
                message = "must be an indicator code such as NI179") String> indicatorCodes,
        @NotNull @Valid RiskShareBody riskShare) {

    public FundDraft draft() {
        return new FundDraft(name, purpose, hostPartnerId, members, financialYear, currency, indicatorCodes,
                riskShare.rule(), riskShare.shares());
    }
}
