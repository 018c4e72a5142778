package org.jointcommissioning.bidding.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.bidding.domain.Alert;
import org.jointcommissioning.contracts.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A saved search; criteria that were not given are left out (the lists are then empty). */
public record AlertResponse(
        @Schema(required = true, maxLength = 36) String id,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(maxLength = 200) String keywords,
        @Schema(required = true, maxItems = 20) List<@Size(max = 200) String> themes,
        @Schema(required = true, maxItems = 20) List<@Size(max = 50) String> indicators,
        Money minValue,
        Money maxValue,
        @Schema(required = true) boolean reservedLotsOnly,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    static AlertResponse of(Alert a) {
        return new AlertResponse(a.id, a.name, a.keywords, a.themes, a.indicators, money(a.minValue),
                money(a.maxValue), a.reservedLotsOnly, a.createdAt, a.updatedAt);
    }

    private static Money money(BigDecimal amount) {
        return amount == null ? null : Money.of(amount, Money.GBP);
    }
}
