package org.jointcommissioning.bidding.rest;

import org.jointcommissioning.bidding.domain.LegalForm;
import org.jointcommissioning.bidding.domain.Organisation;
import org.jointcommissioning.bidding.domain.OrganisationSize;

import java.time.Instant;
import java.util.List;

public record OrganisationResponse(
        String id,
        String name,
        LegalForm legalForm,
        String charityNumber,
        String companyNumber,
        OrganisationSize size,
        List<String> districtsServed,
        String contactEmail,
        Instant registeredAt,
        Instant updatedAt) {

    static OrganisationResponse of(Organisation o) {
        return new OrganisationResponse(o.id, o.name, o.legalForm, o.charityNumber, o.companyNumber, o.size,
                o.districtsServed, o.contactEmail, o.registeredAt, o.updatedAt);
    }
}
