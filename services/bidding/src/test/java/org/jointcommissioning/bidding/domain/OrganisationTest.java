package org.jointcommissioning.bidding.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An organisation's profile: registered once, replaced whole, and whether a reserved lot shuts it out. */
class OrganisationTest {

    private static final Instant REGISTERED = Instant.parse("2026-11-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void aProfileIsReplacedWholeAndTheRegistrationKept() {
        Organisation organisation = Organisation.registered("carers-network",
                profile(LegalForm.CHARITY, OrganisationSize.SMALL), REGISTERED);
        organisation.update(new OrganisationProfile("Carers Network CIO", LegalForm.CHARITABLE_INCORPORATED_ORGANISATION,
                "1234567-01", null, OrganisationSize.MEDIUM, List.of("Bradford"), "hello@carers.example"), LATER);
        assertEquals("Carers Network CIO", organisation.name);
        assertEquals(LegalForm.CHARITABLE_INCORPORATED_ORGANISATION, organisation.legalForm);
        assertEquals("1234567-01", organisation.charityNumber);
        assertEquals(List.of("Bradford"), organisation.districtsServed);
        assertEquals(REGISTERED, organisation.registeredAt);
        assertEquals(LATER, organisation.updatedAt);
    }

    @ParameterizedTest(name = "{0}, {1}: large company {2}")
    @CsvSource({
            "COMPANY, LARGE, true", "COMPANY, MEDIUM, false", "COMPANY, MICRO, false",
            "CHARITY, LARGE, false", "COMMUNITY_INTEREST_COMPANY, LARGE, false", "SOCIAL_ENTERPRISE, LARGE, false"})
    void onlyALargeCompanyIsShutOutOfAReservedLot(LegalForm legalForm, OrganisationSize size, boolean largeCompany) {
        assertEquals(largeCompany, Organisation.registered("org-1", profile(legalForm, size), REGISTERED).isLargeCompany());
    }

    private static OrganisationProfile profile(LegalForm legalForm, OrganisationSize size) {
        return new OrganisationProfile("Carers Network", legalForm, "1234567", null, size, List.of("Leeds"),
                "bids@carers.example");
    }
}
