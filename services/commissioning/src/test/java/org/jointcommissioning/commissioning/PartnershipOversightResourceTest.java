package org.jointcommissioning.commissioning;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.support.Fixtures;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Those who oversee the partnership read a partner's draft and its awards, but do not act for the partner. */
@QuarkusTest
class PartnershipOversightResourceTest {

    @Test
    @TestSecurity(user = "ada", roles = "partnership-admin")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void theAdminReadsADraftButCannotPublishIt() {
        String draft = Fixtures.countyOpportunity(OpportunityStatus.DRAFT);
        given().get("/api/opportunities/" + draft).then().statusCode(200).body("status", equalTo("draft"));
        given().get("/api/opportunities/" + draft + "/awards").then().statusCode(200);
        given().post("/api/opportunities/" + draft + "/publish").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "aud", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void theAuditorReadsADraft() {
        String draft = Fixtures.countyOpportunity(OpportunityStatus.DRAFT);
        given().get("/api/opportunities/" + draft).then().statusCode(200).body("status", equalTo("draft"));
    }

    @Test
    @TestSecurity(user = "bea", roles = "bidder")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "carers-network"))
    void aBidderDoesNotSeeADraft() {
        String draft = Fixtures.countyOpportunity(OpportunityStatus.DRAFT);
        given().get("/api/opportunities/" + draft).then().statusCode(404);
    }
}
