package org.jointcommissioning.budgets.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.budgets.service.FundMembers;

import java.util.List;

@Schema(description = "A fund's members, all of them")
public record FundMembersRequest(
        @Schema(description = "The member partners' ids, without repeats. The host is always a member and is added "
                + "when not named; at most 50 members in all", uniqueItems = true,
                example = "[\"county-council\", \"nhs-trust\", \"police\"]")
        @NotNull @Size(min = 1, max = FundMembers.MAX) List<@NotNull @Size(min = 1, max = 64) String> members) {
}
