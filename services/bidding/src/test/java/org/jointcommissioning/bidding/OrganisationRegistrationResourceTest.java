package org.jointcommissioning.bidding;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.jointcommissioning.bidding.support.Actors;
import org.jointcommissioning.bidding.support.Organisations;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class OrganisationRegistrationResourceTest {

    @Test
    @TestSecurity(user = "amira", roles = "bidder")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "youth-trust"))
    void aBidderRegistersItsOwnOrganisationUnderItsOrgId() {
        given().contentType("application/json").header("Host", "evil.example")
                .body(Organisations.profile("Youth Trust", "community-interest-company", "micro"))
                .post("/api/organisations")
                .then().statusCode(201)
                // Links start with the configured public address, whatever Host the caller sent.
                .header("Location", equalTo("http://localhost:8080/api/organisations/youth-trust"))
                .body("id", equalTo("youth-trust"))
                .body("legalForm", equalTo("community-interest-company"))
                .body("size", equalTo("micro"))
                .body("districtsServed", contains("Northdale", "Southvale"));

        given().contentType("application/json").body(Organisations.profile("Youth Trust", "charity", "micro"))
                .post("/api/organisations")
                .then().statusCode(409);
    }

    @Test
    void membersUpdateTheirProfileAndCommissionersReadItButOtherBiddersDoNot() {
        Organisations.registerCharity("reg-carers");
        Map<String, Object> changed = Organisations.profile("Carers Network", "charitable-incorporated-organisation", "medium");
        given().contentType("application/json").body(changed).put("/api/organisations/reg-carers")
                .then().statusCode(200).body("size", equalTo("medium")).body("name", equalTo("Carers Network"));

        Actors.commissioner("county-council");
        given().get("/api/organisations/reg-carers").then().statusCode(200).body("id", equalTo("reg-carers"));

        Actors.bidder("reg-other");
        given().get("/api/organisations/reg-carers").then().statusCode(404);
        given().contentType("application/json").body(changed).put("/api/organisations/reg-carers").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "sam", roles = "bidder")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "reg-id-sender"))
    void anIdInTheBodyIsRejectedNotApplied() {
        Map<String, Object> profile = Organisations.profile("Sender", "charity", "small");
        profile.put("id", "someone-else");
        given().contentType("application/json").body(profile).post("/api/organisations")
                .then().statusCode(400).body("errors[0].field", equalTo("id"));
    }
}
