package org.jointcommissioning.bidding.domain;

import java.util.List;

/** The editable part of an organisation's profile, already checked for format. */
public record OrganisationProfile(
        String name,
        LegalForm legalForm,
        String charityNumber,
        String companyNumber,
        OrganisationSize size,
        List<String> districtsServed,
        String contactEmail) {
}
