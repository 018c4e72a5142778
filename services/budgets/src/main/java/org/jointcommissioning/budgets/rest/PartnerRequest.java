package org.jointcommissioning.budgets.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.budgets.domain.PartnerDraft;
import org.jointcommissioning.budgets.domain.PartnerKind;
import org.jointcommissioning.contracts.events.OrgIdentifier;

@Schema(description = "A new partner of the partnership")
public record PartnerRequest(
        @Schema(description = "A short slug, equal to the org_id of the partner's people", example = "county-council")
        @NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a lower-case slug such as county-council")
        @Size(max = 64) String id,
        @NotBlank @Size(max = 200) String name,
        @NotNull PartnerKind kind,
        @Schema(description = "The partner's organisation identifier in the org-id.guide form (a register's prefix "
                + "and the partner's id in it), by which open data (OCDS, 360Giving) names it; optional",
                example = "GB-LAE-KEN", maxLength = 100, pattern = OrgIdentifier.PATTERN)
        @Pattern(regexp = OrgIdentifier.PATTERN, message = "must be an org-id.guide identifier such as GB-LAE-KEN")
        @Size(max = 100) String identifier) {

    public PartnerDraft draft() {
        return new PartnerDraft(id, name, kind, identifier);
    }
}
