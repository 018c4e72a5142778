package org.jointcommissioning.outcomes.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.outcomes.Fixtures;
import org.jointcommissioning.outcomes.domain.Polarity;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.jointcommissioning.outcomes.Fixtures.json;
import static org.jointcommissioning.outcomes.Fixtures.newCode;
import static org.jointcommissioning.outcomes.Fixtures.request;
import static org.jointcommissioning.outcomes.Fixtures.withContributors;

/** An indicator names the partners who contribute to it; whoever may change the indicator changes them. */
@QuarkusTest
class IndicatorContributorsResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    @TestSecurity(user = "pat", roles = "partnership-admin")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void anAdminSetsContributorsAndChangesThem() {
        String code = newCode();
        String etag = json().body(withContributors(request(code, "county-council", Polarity.HIGHER_IS_BETTER, "Economy"),
                        "police", "district-council"))
                .post("/api/indicators").then().statusCode(201)
                .body("contributors", contains("district-council", "police"))
                .extract().header("ETag");

        String changed = json().header("If-Match", etag)
                .body(withContributors(request(code, "county-council", Polarity.HIGHER_IS_BETTER, "Economy"), "nhs-trust"))
                .put("/api/indicators/" + code).then().statusCode(200)
                .body("contributors", contains("nhs-trust"))
                .header("ETag", not(equalTo(etag)))
                .extract().header("ETag");
        given().get("/api/indicators/" + code).then().body("contributors", contains("nhs-trust"));

        json().header("If-Match", changed).body(request(code, "county-council", Polarity.HIGHER_IS_BETTER, "Economy"))
                .put("/api/indicators/" + code).then().statusCode(200).body("contributors", empty());
    }

    @Test
    @TestSecurity(user = "olu", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void theOwnersOfficerChangesContributorsOfItsOwnIndicator() {
        String code = fixtures.indicatorWithContributors("county-council", "police");
        json().body(withContributors(request(code, "county-council", Polarity.HIGHER_IS_BETTER, "Healthier communities"),
                        "police", "nhs-trust"))
                .put("/api/indicators/" + code).then().statusCode(200)
                .body("contributors", contains("nhs-trust", "police"));
    }

    @Test
    @TestSecurity(user = "pip", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "police"))
    void aContributorsOfficerDoesNotChangeTheIndicatorNorItsContributors() {
        String code = fixtures.indicatorWithContributors("county-council", "police");
        json().body(withContributors(request(code, "county-council", Polarity.HIGHER_IS_BETTER, "Healthier communities"),
                        "police", "district-council"))
                .put("/api/indicators/" + code).then().statusCode(403).contentType("application/problem+json");
        given().get("/api/indicators/" + code).then().body("contributors", contains("police"));
    }

    @Test
    @TestSecurity(user = "pat", roles = "partnership-admin")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void contributorsAreUniqueOtherPartnersWithValidIds() {
        String code = newCode();
        var usual = request(code, "county-council", Polarity.HIGHER_IS_BETTER, "Economy");
        json().body(withContributors(usual, "police", "police")).post("/api/indicators").then().statusCode(400)
                .body("errors.field", contains("contributors[1]"));
        json().body(withContributors(usual, "county-council")).post("/api/indicators").then().statusCode(400)
                .body("errors.field", contains("contributors[0]"));
        json().body(withContributors(usual, "County Council")).post("/api/indicators").then().statusCode(400)
                .body("errors.field", hasItem(startsWith("contributors")));
        json().body(withContributors(usual, Collections.nCopies(51, "police").toArray(String[]::new)))
                .post("/api/indicators").then().statusCode(400);
        given().get("/api/indicators/" + code).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "pat", roles = "partnership-admin")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void anIndicatorSentWithoutContributorsHasNone() {
        String code = newCode();
        json().body(Map.of("code", code, "title", "Volunteering", "kind", "local", "polarity", "higher-is-better",
                        "unit", "percent", "theme", "Economy", "ownerPartnership", "nhs-trust",
                        "baseline", Map.of("period", "2025-26", "value", 10),
                        "targets", List.of(Map.of("period", "2026-27", "value", 20))))
                .post("/api/indicators").then().statusCode(201).body("contributors", empty());
    }
}
