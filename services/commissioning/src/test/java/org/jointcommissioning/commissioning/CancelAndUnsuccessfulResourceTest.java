package org.jointcommissioning.commissioning;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.support.Fixtures;
import org.jointcommissioning.commissioning.support.Journey;
import org.jointcommissioning.contracts.events.OpportunityCancelled;
import org.jointcommissioning.contracts.events.Topics;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestSecurity(user = "cara", roles = "commissioner")
@OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
class CancelAndUnsuccessfulResourceTest {

    @Test
    void aPublishedOpportunityIsCancelledWithItsReasonAnnounced() {
        String id = opportunity(OpportunityStatus.PUBLISHED);
        cancel(id).statusCode(200).body("status", equalTo("cancelled")).body("cancelReason", equalTo("Budget cut"));
        assertEquals("Budget cut", Journey.event(Topics.COMMISSIONING_OPPORTUNITIES, OpportunityCancelled.class, id)
                .json().get("reason").asText());
        cancel(id).statusCode(409);
    }

    @Test
    void aDraftCannotBeCancelledButAClosedOneCanBeDeclaredUnsuccessful() {
        cancel(opportunity(OpportunityStatus.DRAFT)).statusCode(409);
        String closed = opportunity(OpportunityStatus.CLOSED);
        given().post("/api/opportunities/" + closed + "/declare-unsuccessful").then().statusCode(200)
                .body("status", equalTo("unsuccessful"));
        given().post("/api/opportunities/" + closed + "/declare-unsuccessful").then().statusCode(409);
    }

    private static io.restassured.response.ValidatableResponse cancel(String id) {
        return given().contentType(ContentType.JSON).body(Map.of("reason", "Budget cut"))
                .post("/api/opportunities/" + id + "/cancel").then();
    }

    private static String opportunity(OpportunityStatus status) {
        return Fixtures.countyOpportunity(status);
    }
}
