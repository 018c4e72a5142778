package org.jointcommissioning.budgets.rest;

import org.jointcommissioning.budgets.domain.Partner;
import org.jointcommissioning.budgets.domain.PartnerKind;

import java.time.Instant;

public record PartnerResponse(String id, String name, PartnerKind kind, Instant createdAt) {

    static PartnerResponse of(Partner partner) {
        return new PartnerResponse(partner.id, partner.name, partner.kind, partner.createdAt);
    }
}
