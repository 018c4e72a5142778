package org.jointcommissioning.bidding.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.bidding.domain.LegalForm;
import org.jointcommissioning.bidding.domain.Organisation;
import org.jointcommissioning.bidding.domain.OrganisationSize;

import java.time.Instant;
import java.util.List;

/** An organisation's profile; the registration numbers are left out when it has none. */
public record OrganisationResponse(
        @Schema(required = true, maxLength = 100) String id,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(required = true) LegalForm legalForm,
        @Schema(maxLength = 10) String charityNumber,
        @Schema(maxLength = 8) String companyNumber,
        @Schema(required = true) OrganisationSize size,
        @Schema(required = true, maxItems = 50) List<@Size(max = 100) String> districtsServed,
        @Schema(required = true, maxLength = 254) String contactEmail,
        @Schema(required = true) Instant registeredAt,
        @Schema(required = true) Instant updatedAt) {

    static OrganisationResponse of(Organisation o) {
        return new OrganisationResponse(o.id, o.name, o.legalForm, o.charityNumber, o.companyNumber, o.size,
                o.districtsServed, o.contactEmail, o.registeredAt, o.updatedAt);
    }
}
