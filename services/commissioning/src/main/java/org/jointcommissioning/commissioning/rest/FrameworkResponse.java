package org.jointcommissioning.commissioning.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.commissioning.domain.Criterion;
import org.jointcommissioning.commissioning.domain.Framework;
import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;
import java.util.List;

/** A framework; {@code proportionateThreshold} is left out when the framework sets none. */
public record FrameworkResponse(
        @Schema(required = true, maxLength = Limits.ID) String id,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(required = true, maxLength = 20000) String description,
        @Schema(required = true, maxItems = 50, description = "Each at most 1000 characters") List<@Size(max = 1000) String> principles,
        @Schema(required = true, maxItems = 50, description = "Each at most 200 characters") List<@Size(max = 200) String> themes,
        @Schema(required = true, maxItems = 20) List<Criterion> criteria,
        @Schema(required = true) boolean reservedLotsAllowed,
        @Schema(description = "Below this estimated value an opportunity has at most 5 quality criteria; left out when the framework sets none")
        Money proportionateThreshold,
        @Schema(required = true, minimum = "0", maximum = "30",
                description = "Working days between an award decision and its contract; 0 for none")
        int standstillWorkingDays,
        @Schema(required = true, maxLength = Limits.FOREIGN_ID) String createdByOrgId,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    static FrameworkResponse of(Framework f) {
        return new FrameworkResponse(f.id, f.name, f.description, f.principles, f.themes, f.criteria,
                f.reservedLotsAllowed, f.proportionateThreshold == null ? null : Money.of(f.proportionateThreshold, Money.GBP),
                f.standstillWorkingDays, f.createdByOrgId, f.createdAt, f.updatedAt);
    }
}
