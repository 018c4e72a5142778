package org.jointcommissioning.budgets.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.budgets.domain.Partner;
import org.jointcommissioning.budgets.domain.PartnerKind;

import java.time.Instant;

public record PartnerResponse(
        @Schema(required = true, maxLength = 64) String id,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(required = true) PartnerKind kind,
        @Schema(description = "The org-id.guide identifier open data names the partner by; absent when it has none",
                maxLength = 100) String identifier,
        @Schema(required = true) Instant createdAt) {

    static PartnerResponse of(Partner partner) {
        return new PartnerResponse(partner.id, partner.name, partner.kind, partner.identifier, partner.createdAt);
    }
}
