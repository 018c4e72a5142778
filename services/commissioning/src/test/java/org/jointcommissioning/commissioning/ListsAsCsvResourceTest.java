package org.jointcommissioning.commissioning;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.jointcommissioning.testing.csv.CsvLists.anyone;
import static org.jointcommissioning.testing.csv.CsvLists.assertSameRefusal;
import static org.jointcommissioning.testing.csv.CsvLists.assertSameRows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opportunities (the public listing too), frameworks, clarification questions, awards, award challenges and the audit trail answer in CSV too
 * ({@code Accept: text/csv} or {@code format=csv}): the JSON's items as rows in the same order, and the same refusals.
 */
@QuarkusTest
class ListsAsCsvResourceTest {

    @Test
    @TestSecurity(user = "cara", roles = "commissioner")
    @OidcSecurity(claims = @Claim(key = "org_id", value = Fixtures.COUNTY))
    void everyListIsTheSameInCsv() {
        String opportunity = Fixtures.countyOpportunity(OpportunityStatus.CLOSED);
        String bid = UUID.randomUUID().toString();
        Fixtures.openedBid(opportunity, bid, "carers-network", "900.00");
        Fixtures.question(opportunity, "carers-network", "=HYPERLINK(\"x\") is it?", "No");
        String award = Fixtures.award(opportunity, bid, "900.00");
        String path = "/api/opportunities/" + opportunity;

        assertSameRows(anyone(), "/api/frameworks?size=100", "/items", true, List.of("id", "name"));
        assertSameRows(anyone(), "/api/opportunities?size=100", "/items", false, List.of("id", "ownerOrgId"));
        List<List<String>> questions = assertSameRows(anyone(), path + "/questions", "/items", false,
                List.of("id", "opportunityId"));
        assertTrue(questions.get(0).contains("'=HYPERLINK(\"x\") is it?"), questions.get(0).toString());
        assertSameRows(anyone(), path + "/awards", "/items", true, List.of("id", "opportunityId"));
        assertSameRows(anyone(), "/api/awards/" + award + "/challenges", "/items", false, List.of("id", "awardId"));
        assertSameRows(anyone(), "/api/audit/commissioning?entity=opportunity&id=" + opportunity, "/items", true,
                List.of("revision", "changedAt", "action"));
    }

    @Test
    @TestSecurity(user = "nina", roles = "commissioner")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "nhs-trust"))
    void anotherPartnersCommissionerIsRefusedAsInJson() {
        String opportunity = Fixtures.countyOpportunity(OpportunityStatus.CLOSED);
        String bid = UUID.randomUUID().toString();
        Fixtures.openedBid(opportunity, bid, "carers-network", "900.00");
        String award = Fixtures.award(opportunity, bid, "900.00");

        assertSameRefusal(anyone(), "/api/opportunities/" + opportunity + "/awards");
        assertSameRefusal(anyone(), "/api/awards/" + award + "/challenges");
    }

    @Test
    void thePublicListingIsTheSameInCsvAndReadAgainConditionally() {
        String framework = Fixtures.framework(List.of("health-and-wellbeing"), true);
        Fixtures.opportunity(framework, Fixtures.COUNTY, OpportunityStatus.PUBLISHED, "Carers' breaks", "20000.00",
                "NI135", Instant.now());
        String listing = "/api/opportunities?frameworkId=" + framework;
        assertSameRows(anyone(), listing, "/items", true, List.of("id", "ownerOrgId"));
        assertSameRows(anyone(), "/api/opportunities?q=breaks&size=100", "/items", false, List.of("id"));

        String etag = given().accept("text/csv").get(listing).then().statusCode(200)
                .header("Vary", equalTo("Authorization, Accept")).header("X-Total-Count", "1")
                .extract().header("ETag");
        given().accept("text/csv").header("If-None-Match", etag).get(listing).then().statusCode(304);
    }

    @Test
    void anUnknownFormatIsRefused() {
        assertSameRefusal(anyone(), "/api/frameworks?format=xml");
    }
}
