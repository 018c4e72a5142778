package org.jointcommissioning.outcomes.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.outcomes.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.jointcommissioning.outcomes.Fixtures.json;

/**
 * Measurements are reported by those who deliver the indicator: performance officers of its owner and of its
 * contributors. Another partner's officer is refused and the indicator stays as it was.
 */
@QuarkusTest
class MeasurementPermissionResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    @TestSecurity(user = "olu", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void theOwnersOfficerReports() {
        String code = fixtures.indicatorWithContributors("county-council", "district-council");
        report(code, "2026-27", 150).then().statusCode(201).body("recordedByOrg", equalTo("county-council"));
        given().get("/api/indicators/" + code).then().body("status", equalTo("green"));
    }

    @Test
    @TestSecurity(user = "dee", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "district-council"))
    void aContributorsOfficerReportsAndRevises() {
        String code = fixtures.indicatorWithContributors("county-council", "district-council");
        report(code, "2026-27", 150).then().statusCode(201).body("recordedByOrg", equalTo("district-council"));
        report(code, "2026-27", 152).then().statusCode(201).body("revision", equalTo(2));
        given().get("/api/indicators/" + code).then().body("status", equalTo("green"));
    }

    @Test
    @TestSecurity(user = "pip", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "police"))
    void anotherPartnersOfficerIsRefusedAndNothingChanges() {
        String code = fixtures.indicatorWithContributors("county-council", "district-council");
        fixtures.measure(code, "2026-27", "150");
        String etag = given().get("/api/indicators/" + code).then().body("status", equalTo("green"))
                .extract().header("ETag");

        report(code, "2026-27", 10).then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("detail", containsString("county-council"));

        given().get("/api/indicators/" + code).then().statusCode(200)
                .header("ETag", equalTo(etag))
                .body("status", equalTo("green"))
                .body("latest.value", equalTo(150));
        given().get("/api/indicators/" + code + "/measurements/2026-27").then().body("history", empty());
    }

    @Test
    @TestSecurity(user = "pip", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "police"))
    void aPartnerNoLongerContributingMayNoLongerReport() {
        String code = fixtures.indicatorWithContributors("county-council", "police");
        report(code, "2026-27-Q1", 120).then().statusCode(201);
        fixtures.setContributors(code, "district-council");
        report(code, "2026-27-Q2", 130).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "pat", roles = "partnership-admin")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void anAdminWhoIsNoPerformanceOfficerDoesNotReport() {
        String code = fixtures.indicatorWithContributors("county-council");
        report(code, "2026-27", 150).then().statusCode(403);
        given().get("/api/indicators/" + code).then().body("status", equalTo("no-data"));
    }

    @Test
    @TestSecurity(user = "ann", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void anyoneSignedInReadsTheMeasurements() {
        String code = fixtures.indicatorWithContributors("county-council", "district-council");
        fixtures.measure(code, "2026-27", "150");
        given().get("/api/indicators/" + code + "/measurements").then().statusCode(200).body("total", equalTo(1));
        report(code, "2026-27", 150).then().statusCode(403);
    }

    private static io.restassured.response.Response report(String code, String period, Number value) {
        return json().body(Map.of("period", period, "value", value, "dataQuality", "validated", "source", "Returns"))
                .post("/api/indicators/" + code + "/measurements");
    }
}
