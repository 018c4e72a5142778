package org.jointcommissioning.commissioning;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.jointcommissioning.commissioning.domain.Award;
import org.jointcommissioning.commissioning.domain.AwardStatus;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.support.Db;
import org.jointcommissioning.commissioning.support.Fixtures;
import org.jointcommissioning.commissioning.support.Journey;
import org.jointcommissioning.contracts.events.AwardCancelled;
import org.jointcommissioning.contracts.events.Topics;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The county council's award may be cancelled by its own commissioners and by the partnership admin, no one else. */
@QuarkusTest
class AwardCancellationResourceTest {

    @Test
    @TestSecurity(user = "cara", roles = "commissioner")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void theOwnersCommissionerCancelsIt() {
        String awardId = countyAward();
        cancel(awardId).statusCode(200).body("status", equalTo("cancelled"));
        Journey.event(Topics.COMMISSIONING_AWARDS, AwardCancelled.class, awardId);
    }

    @Test
    @TestSecurity(user = "ada", roles = "partnership-admin")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void thePartnershipAdminReadsAndCancelsIt() {
        String awardId = countyAward();
        String opportunityId = Fixtures.read(() -> Db.find(Award.class, awardId).opportunityId);
        given().get("/api/opportunities/" + opportunityId + "/awards").then().statusCode(200)
                .body("items[0].id", equalTo(awardId));
        cancel(awardId).statusCode(200).body("status", equalTo("cancelled"));
        cancel(awardId).statusCode(409);
        Journey.event(Topics.COMMISSIONING_AWARDS, AwardCancelled.class, awardId);
    }

    @Test
    @TestSecurity(user = "nina", roles = "commissioner")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "nhs-trust"))
    void anotherPartnersCommissionerIsToldItDoesNotExist() {
        String awardId = countyAward();
        cancel(awardId).statusCode(404);
        cancel(UUID.randomUUID().toString()).statusCode(404);
        assertEquals(AwardStatus.PENDING_FUNDING, Fixtures.read(() -> Db.find(Award.class, awardId).status()));
    }

    @Test
    @TestSecurity(user = "aud", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void theAuditorMayNot() {
        cancel(countyAward()).statusCode(403);
    }

    private static ValidatableResponse cancel(String awardId) {
        return given().contentType(ContentType.JSON).body(Map.of("reason", "Provider withdrew"))
                .post("/api/awards/" + awardId + "/cancel").then();
    }

    /** A closed county opportunity whose lot-1 award to an opened bid is pending funding. */
    private static String countyAward() {
        String id = Fixtures.countyOpportunity(OpportunityStatus.CLOSED);
        Fixtures.openedBid(id, id + "-a", "carers-network", "900.00");
        return Fixtures.award(id, id + "-a", "900.00");
    }
}
