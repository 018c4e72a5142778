package org.jointcommissioning.commissioning.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.common.changes.Change;

import java.time.Instant;

@Schema(description = "A change of an award: made, or its status changed")
public record AwardChangeResponse(
        @Schema(required = true, maxLength = Limits.FOREIGN_ID,
                description = "The partner that commissions the award's opportunity") String ownerOrgId,
        @Schema(required = true, enumeration = {"made", "status-changed"}, maxLength = 40,
                description = "What happened: `made`, the award was made (pending funding); `status-changed`, its "
                        + "status changed (the award shows the new one)") String change,
        @Schema(required = true, description = "When it changed") Instant changedAt,
        @Schema(required = true, ref = "AwardResponse",
                description = "The award as it was after the change, as the opportunity's awards show it")
        JsonNode award) {

    static AwardChangeResponse of(Change change) {
        return new AwardChangeResponse(change.scope(), change.type(), change.changedAt(), change.resource());
    }
}
