package org.jointcommissioning.commissioning.rest;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.contracts.money.Money;

/** A lot with its state: {@code open} until an award for it is active, then {@code awarded}. */
public record LotResponse(
        @Schema(required = true, maxLength = Limits.FOREIGN_ID) String id,
        @Schema(required = true, maxLength = 300) String title,
        @Schema(required = true) Money estimatedValue,
        @Schema(required = true) boolean reservedForVoluntarySector,
        @Schema(required = true) Status status) {

    /** open: no active award yet; awarded: an award for the lot is active. */
    @Schema(name = "LotStatus", description = "open: no active award yet; awarded: an award for the lot is active")
    public enum Status {
        OPEN, AWARDED;

        @JsonValue
        @Override
        public String toString() {
            return name().toLowerCase();
        }
    }
}
