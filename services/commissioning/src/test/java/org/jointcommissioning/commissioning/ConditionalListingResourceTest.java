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

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The anonymous listing is read again cheaply: tagged with its version, answered 304 until something changes. */
@QuarkusTest
class ConditionalListingResourceTest {

    @Test
    void aRepeatedAnonymousReadIsNotModifiedUntilAnOpportunityChanges() {
        String framework = Fixtures.framework(List.of("health-and-wellbeing"), true);
        Fixtures.opportunity(framework, Fixtures.COUNTY, OpportunityStatus.PUBLISHED, "Dementia cafes", "20000.00",
                "NI135", Instant.now());
        String etag = given().queryParam("frameworkId", framework).get("/api/opportunities").then().statusCode(200)
                .header("ETag", matchesPattern("W/\"listing-\\d+\""))
                .header("Cache-Control", equalTo("public, no-cache"))
                .header("Vary", equalTo("Authorization, Accept"))
                .body("total", equalTo(1)).extract().header("ETag");

        given().queryParam("frameworkId", framework).header("If-None-Match", etag).get("/api/opportunities")
                .then().statusCode(304).header("ETag", equalTo(etag));

        String added = Fixtures.opportunity(framework, Fixtures.NHS, OpportunityStatus.PUBLISHED, "Memory clinics",
                "30000.00", "NI135", Instant.now());
        String changed = given().queryParam("frameworkId", framework).header("If-None-Match", etag)
                .get("/api/opportunities").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", hasItem(added)).extract().header("ETag");
        assertNotEquals(etag, changed);
    }

    @Test
    @TestSecurity(user = "cara", roles = "commissioner")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void aSignedInCallersListingIsNeverTaggedForSharing() {
        given().get("/api/opportunities").then().statusCode(200)
                .header("ETag", nullValue()).header("Cache-Control", not(equalTo("public, no-cache")));
    }
}
