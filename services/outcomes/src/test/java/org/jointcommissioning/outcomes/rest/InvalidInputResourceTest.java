package org.jointcommissioning.outcomes.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.outcomes.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.jointcommissioning.outcomes.Fixtures.json;

/** Invalid codes, periods and data-quality grades are 400 problems that name the field. */
@QuarkusTest
@TestSecurity(user = "olu", roles = {"performance-officer", "partnership-admin"})
@OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
class InvalidInputResourceTest {

    @Inject
    Fixtures fixtures;

    @ParameterizedTest
    @ValueSource(strings = {"NI 179", "NI179!", "-NI179", "NI179-", "", "ÑI179"})
    void anIndicatorCodeOfOtherCharactersIsRefused(String code) {
        json().body(indicator(code, "2025-26", "2027-28"))
                .post("/api/indicators")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("code"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-28", "2026-2027", "2026-27-Q5", "2026-27-q1", "FY2026"})
    void aPeriodThatIsNotAFinancialYearOrQuarterIsRefused(String period) {
        json().body(indicator(Fixtures.newCode(), period, "2027-28"))
                .post("/api/indicators")
                .then().statusCode(400)
                .body("errors.field", hasItem("baseline.period"))
                .body("errors.message", hasItem(containsString("financial year such as 2026-27")));
        json().body(measurement(period, "validated"))
                .post("/api/indicators/" + fixtures.indicator("county-council") + "/measurements")
                .then().statusCode(400).body("errors.field", hasItem("period"));
    }

    @Test
    void aTargetNotAfterTheBaselineIsRefused() {
        json().body(indicator(Fixtures.newCode(), "2025-26", "2025-26-Q3"))
                .post("/api/indicators")
                .then().statusCode(400).body("errors.field", hasItem("targets[0].period"));
    }

    @Test
    void anUnknownDataQualityGradeIsRefusedWithTheAllowedOnes() {
        json().body(measurement("2026-27", "guessed"))
                .post("/api/indicators/" + fixtures.indicator("county-council") + "/measurements")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("dataQuality"))
                .body("errors[0].message", containsString("validated, provisional, estimated"));
    }

    @Test
    void aMeasurementWithoutIdempotencyKeyOrWithAReadOnlyFieldIsRefused() {
        String code = fixtures.indicator("county-council");
        given().contentType("application/json").body(measurement("2026-27", "validated"))
                .post("/api/indicators/" + code + "/measurements")
                .then().statusCode(400).body("errors.field", hasItem("Idempotency-Key"));
        Map<String, Object> withRevision = new java.util.HashMap<>(measurement("2026-27", "validated"));
        withRevision.put("revision", 3);
        json().body(withRevision).post("/api/indicators/" + code + "/measurements")
                .then().statusCode(400).body("detail", containsString("unknown property 'revision'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/indicators", "/api/indicators/{code}/measurements", "/api/risks"})
    void anEmptyOrNullBodyIsAProblemNotAServerError(String path) {
        String target = path.replace("{code}", fixtures.indicator("county-council"));
        json().body("null").post(target)
                .then().statusCode(400).contentType("application/problem+json");
        json().post(target)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anIndicatorCodeLongerThanItsColumnIsRefusedByName() {
        String code = "A".repeat(33);
        json().body(indicator(code, "2025-26", "2027-28")).post("/api/indicators")
                .then().statusCode(400).body("errors.field", hasItem("code"))
                .body("errors.message", hasItem(containsString("32")));
        given().get("/api/indicators/" + code)
                .then().statusCode(400).body("errors.field", hasItem("code"));
        given().queryParam("indicator", code).get("/api/risks")
                .then().statusCode(400).body("errors.field", hasItem("indicator"));
    }

    @Test
    void anUnknownFilterValueIsRefused() {
        given().queryParam("kind", "mandatory").get("/api/indicators")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().queryParam("size", 101).get("/api/indicators").then().statusCode(400);
    }

    private static Map<String, Object> indicator(String code, String baselinePeriod, String targetPeriod) {
        return Map.of("code", code, "title", "Test", "kind", "local", "polarity", "higher-is-better",
                "unit", "percent", "theme", "Economy", "ownerPartnership", "county-council",
                "baseline", Map.of("period", baselinePeriod, "value", 10),
                "targets", List.of(Map.of("period", targetPeriod, "value", 20)));
    }

    private static Map<String, Object> measurement(String period, String grade) {
        return Map.of("period", period, "value", 12.5, "dataQuality", grade, "source", "Quarterly return");
    }
}
