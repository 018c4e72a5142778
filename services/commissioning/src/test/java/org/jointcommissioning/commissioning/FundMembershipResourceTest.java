package org.jointcommissioning.commissioning;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.jointcommissioning.commissioning.support.Fixtures;
import org.jointcommissioning.commissioning.support.Funds;
import org.jointcommissioning.commissioning.support.Journey;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** A county commissioner may name only an open fund of which the county council is a member. */
@QuarkusTest
@TestSecurity(user = "cara", roles = "commissioner")
@OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
class FundMembershipResourceTest {

    @Test
    void anUnknownAClosedAndAnotherPartnersFundAreRefusedAlikeAndAMemberFundIsAccepted() {
        String unknown = newFund();
        refused(create(draftFrom(unknown)), unknown);

        String closed = newFund();
        Funds.closed(closed, Fixtures.COUNTY, Fixtures.NHS);
        refused(create(draftFrom(closed)), closed);

        String nhsOnly = newFund();
        Funds.open(nhsOnly, Fixtures.NHS);
        refused(create(draftFrom(nhsOnly)), nhsOnly);

        String shared = newFund();
        Funds.open(shared, Fixtures.NHS, Fixtures.COUNTY);
        create(draftFrom(shared)).statusCode(201).body("fundId", equalTo(shared));
    }

    @Test
    void aDraftCannotBeMovedToAFundTheCountyIsNotAMemberOf() {
        String shared = newFund();
        Funds.open(shared, Fixtures.COUNTY, Fixtures.NHS);
        String id = Journey.createDraft(draftFrom(shared));
        String nhsOnly = newFund();
        Funds.open(nhsOnly, Fixtures.NHS);

        refused(given().contentType(ContentType.JSON).body(draftFrom(nhsOnly)).put("/api/opportunities/" + id).then(),
                nhsOnly);
        given().get("/api/opportunities/" + id).then().body("fundId", equalTo(shared));
    }

    @Test
    void publishingIsRefusedOnceTheCountyHasLeftTheFundAndAllowedWhenItRejoins() {
        String fund = newFund();
        Funds.open(fund, Fixtures.COUNTY, Fixtures.NHS);
        String id = Journey.createDraft(draftFrom(fund));

        Funds.open(fund, Fixtures.NHS);
        refused(given().post("/api/opportunities/" + id + "/publish").then(), fund);
        given().get("/api/opportunities/" + id).then().body("status", equalTo("draft"));

        Funds.open(fund, Fixtures.NHS, Fixtures.COUNTY);
        Journey.publish(id);
    }

    @Test
    void aMembershipOlderThanTheOneKeptChangesNothing() {
        String fund = newFund();
        Instant now = Instant.now();
        Funds.changed(fund, true, now, Fixtures.COUNTY);
        Funds.changed(fund, false, now.minus(Duration.ofMinutes(5)), Fixtures.NHS);

        create(draftFrom(fund)).statusCode(201);
    }

    private static void refused(ValidatableResponse response, String fundId) {
        response.statusCode(400)
                .body("errors", equalTo(List.of(Map.of("field", "fundId",
                        "message", "no open fund " + fundId + " in which county-council is a member"))));
    }

    private static ValidatableResponse create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/opportunities").then();
    }

    private static Map<String, Object> draftFrom(String fundId) {
        Map<String, Object> body = new HashMap<>(Journey.draftBody(Journey.createFramework(false), Instant.now(), false));
        body.put("fundId", fundId);
        return body;
    }

    private static String newFund() {
        return "fund-" + UUID.randomUUID();
    }
}
