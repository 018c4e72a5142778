package org.jointcommissioning.commissioning;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.support.Fixtures;
import org.jointcommissioning.commissioning.support.Journey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** A commissioner of the NHS trust, facing the county council's opportunities. */
@QuarkusTest
@TestSecurity(user = "nina", roles = "commissioner")
@OidcSecurity(claims = @Claim(key = "org_id", value = "nhs-trust"))
class OtherPartnerAccessResourceTest {

    @Test
    void anotherPartnersDraftDoesNotExistForThem() {
        String framework = Fixtures.framework(List.of("health-and-wellbeing"), true);
        String draft = Fixtures.opportunity(framework, Fixtures.COUNTY, OpportunityStatus.DRAFT, "Draft",
                "1000.00", null, Instant.now());
        given().get("/api/opportunities/" + draft).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Journey.draftBody(framework, Instant.now(), false))
                .put("/api/opportunities/" + draft).then().statusCode(404);
        given().post("/api/opportunities/" + draft + "/publish").then().statusCode(404);
        given().queryParam("frameworkId", framework).get("/api/opportunities").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void theyMayReadAnotherPartnersPublishedOpportunityButToActOnItItDoesNotExist() {
        String closed = Fixtures.countyOpportunity(OpportunityStatus.CLOSED);
        String bid = UUID.randomUUID().toString();
        Fixtures.openedBid(closed, bid, "carers-network", "900.00");
        given().get("/api/opportunities/" + closed).then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("scores", Map.of("quality", 50, "social", 50), "comment", "Mine now"))
                .put("/api/opportunities/" + closed + "/evaluations/" + bid).then().statusCode(404);
        given().get("/api/opportunities/" + closed + "/evaluations").then().statusCode(404);
        given().get("/api/opportunities/" + closed + "/awards").then().statusCode(404);
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("lotId", "lot-1", "bidId", bid, "amount", Map.of("amount", "900.00", "currency", "GBP")))
                .post("/api/opportunities/" + closed + "/awards").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("reason", "Not mine"))
                .post("/api/opportunities/" + closed + "/cancel").then().statusCode(404);
        given().post("/api/opportunities/" + closed + "/declare-unsuccessful").then().statusCode(404);
    }
}
