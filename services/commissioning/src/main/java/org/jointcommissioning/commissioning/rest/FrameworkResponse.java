package org.jointcommissioning.commissioning.rest;

import org.jointcommissioning.commissioning.domain.Criterion;
import org.jointcommissioning.commissioning.domain.Framework;
import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;
import java.util.List;

public record FrameworkResponse(
        String id,
        String name,
        String description,
        List<String> principles,
        List<String> themes,
        List<Criterion> criteria,
        boolean reservedLotsAllowed,
        Money proportionateThreshold,
        String createdByOrgId,
        Instant createdAt,
        Instant updatedAt) {

    static FrameworkResponse of(Framework f) {
        return new FrameworkResponse(f.id, f.name, f.description, f.principles, f.themes, f.criteria,
                f.reservedLotsAllowed, f.proportionateThreshold == null ? null : Money.of(f.proportionateThreshold, Money.GBP),
                f.createdByOrgId, f.createdAt, f.updatedAt);
    }
}
