package org.jointcommissioning.outcomes.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.outcomes.Fixtures;
import org.jointcommissioning.outcomes.domain.IndicatorKind;
import org.jointcommissioning.outcomes.domain.Polarity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.jointcommissioning.outcomes.Fixtures.json;
import static org.jointcommissioning.outcomes.Fixtures.newCode;
import static org.jointcommissioning.outcomes.Fixtures.request;

@QuarkusTest
class IndicatorResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    @TestSecurity(user = "pat", roles = "partnership-admin")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void anAdminAddsAnIndicatorForAnyPartnershipAndItStartsWithNoData() {
        String code = newCode();
        json().body(request(code, "nhs-trust", Polarity.LOWER_IS_BETTER, "Safer communities"))
                .post("/api/indicators")
                .then().statusCode(201)
                .header("Location", endsWith("/api/indicators/" + code))
                .body("code", equalTo(code))
                .body("polarity", equalTo("lower-is-better"))
                .body("kind", equalTo("negotiated"))
                .body("baseline.period", equalTo("2025-26"))
                .body("targets.period", contains("2027-28"))
                .body("status", equalTo("no-data"))
                .body("$", not(hasKey("latest")));

        given().get("/api/indicators/" + code).then().statusCode(200).body("ownerPartnership", equalTo("nhs-trust"));
        json().body(request(code, "nhs-trust", Polarity.LOWER_IS_BETTER, "Safer communities"))
                .post("/api/indicators").then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "olu", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void aPerformanceOfficerKeepsOnlyTheirOwnPartnershipsIndicators() {
        String own = newCode();
        json().body(request(own, "county-council", Polarity.HIGHER_IS_BETTER, "Economy"))
                .post("/api/indicators").then().statusCode(201);
        json().body(request(newCode(), "police", Polarity.HIGHER_IS_BETTER, "Economy"))
                .post("/api/indicators").then().statusCode(403);

        var changed = new IndicatorRequest(own, "Renamed", IndicatorKind.LOCAL, Polarity.HIGHER_IS_BETTER, "people",
                "Economy", "county-council", List.of(), new PeriodValue("2025-26", BigDecimal.TEN), List.of(
                new PeriodValue("2026-27", BigDecimal.valueOf(20)), new PeriodValue("2027-28", BigDecimal.valueOf(30))));
        json().body(changed).put("/api/indicators/" + own)
                .then().statusCode(200).body("title", equalTo("Renamed")).body("kind", equalTo("local"))
                .body("targets.period", contains("2026-27", "2027-28"));

        String others = fixtures.indicator("police");
        json().body(request(others, "police", Polarity.HIGHER_IS_BETTER, "Economy"))
                .put("/api/indicators/" + others).then().statusCode(403);
        json().body(request(others, "county-council", Polarity.HIGHER_IS_BETTER, "Economy"))
                .put("/api/indicators/" + others).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "ann", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void anyoneSignedInListsIndicatorsByKindThemeStatusAndOwner() {
        String theme = "Theme " + newCode();
        String a = fixtures.indicator("police", Polarity.HIGHER_IS_BETTER, theme);
        String b = fixtures.indicator("nhs-trust", Polarity.HIGHER_IS_BETTER, theme);
        fixtures.measure(b, "2026-27", "150");

        given().queryParam("theme", theme).get("/api/indicators")
                .then().statusCode(200).body("total", equalTo(2)).body("items.code", contains(sorted(a, b)));
        given().queryParam("theme", theme).queryParam("owner", "police").queryParam("kind", "negotiated")
                .get("/api/indicators").then().body("items.code", contains(a));
        given().queryParam("theme", theme).queryParam("status", "green")
                .get("/api/indicators").then().body("items.code", contains(b)).body("items[0].latest.value", equalTo(150));
        given().queryParam("theme", theme).queryParam("size", 1).queryParam("page", 1)
                .get("/api/indicators").then().body("items.size()", equalTo(1)).body("page", equalTo(1));
        json().body(request(newCode(), "police", Polarity.HIGHER_IS_BETTER, theme))
                .post("/api/indicators").then().statusCode(403);
    }

    @Test
    void anAnonymousCallerIsRefused() {
        given().get("/api/indicators").then().statusCode(401).contentType("application/problem+json");
    }

    private static String[] sorted(String a, String b) {
        return a.compareTo(b) < 0 ? new String[]{a, b} : new String[]{b, a};
    }
}
