package org.jointcommissioning.outcomes.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.outcomes.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.jointcommissioning.outcomes.Fixtures.json;

/** A second value for a period is a revision: the current value changes and the earlier one stays in the history. */
@QuarkusTest
@TestSecurity(user = "olu", roles = "performance-officer")
@OidcSecurity(claims = @Claim(key = "org_id", value = "nhs-trust"))
class MeasurementRevisionResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void aSecondValueForAPeriodRevisesItAndKeepsTheFirst() {
        String code = fixtures.indicator("nhs-trust");
        json().body(measurement("2026-27-Q1", 110, "provisional", List.of(Map.of("district", "Northgate", "value", 120))))
                .post("/api/indicators/" + code + "/measurements")
                .then().statusCode(201)
                .header("Location", endsWith("/api/indicators/" + code + "/measurements/2026-27-Q1"))
                .body("revision", equalTo(1)).body("recordedByOrg", equalTo("nhs-trust"))
                .body("districts[0].district", equalTo("Northgate"));
        json().body(measurement("2026-27-Q1", 112.25, "validated", List.of()))
                .post("/api/indicators/" + code + "/measurements")
                .then().statusCode(201).body("revision", equalTo(2));

        given().get("/api/indicators/" + code + "/measurements/2026-27-Q1").then().statusCode(200)
                .body("current.revision", equalTo(2))
                .body("current.value", equalTo(112.25f))
                .body("current.dataQuality", equalTo("validated"))
                .body("history.revision", contains(1))
                .body("history[0].value", equalTo(110))
                .body("history[0].districts[0].value", equalTo(120));
        given().get("/api/indicators/" + code).then().body("latest.value", equalTo(112.25f));
    }

    @Test
    void periodsAreListedLatestFirstEachWithItsHistory() {
        String code = fixtures.indicator("nhs-trust");
        fixtures.measure(code, "2026-27-Q1", "105");
        fixtures.measure(code, "2026-27-Q2", "120");
        fixtures.measure(code, "2026-27-Q1", "106");

        given().get("/api/indicators/" + code + "/measurements").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.period", contains("2026-27-Q2", "2026-27-Q1"))
                .body("items[0].history", empty())
                .body("items[1].current.value", equalTo(106))
                .body("items[1].history.value", contains(105));
    }

    @Test
    void periodsArePagedYearBeforeItsOwnFourthQuarter() {
        String code = fixtures.indicator("nhs-trust");
        fixtures.measure(code, "2026-27-Q3", "130");
        fixtures.measure(code, "2026-27-Q4", "140");
        fixtures.measure(code, "2026-27", "141");
        fixtures.measure(code, "2026-27-Q3", "131");

        given().queryParam("size", 2).get("/api/indicators/" + code + "/measurements").then().statusCode(200)
                .body("total", equalTo(3)).body("size", equalTo(2))
                .body("items.period", contains("2026-27", "2026-27-Q4"));
        given().queryParam("size", 2).queryParam("page", 1).get("/api/indicators/" + code + "/measurements")
                .then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(1))
                .body("items.period", contains("2026-27-Q3"))
                .body("items[0].current.value", equalTo(131))
                .body("items[0].history.value", contains(130));
        given().queryParam("page", 5).get("/api/indicators/" + code + "/measurements").then().statusCode(200)
                .body("total", equalTo(3)).body("items", empty());
    }

    @Test
    void aRetriedReportWithTheSameKeyIsNotARevision() {
        String code = fixtures.indicator("nhs-trust");
        json("report-" + code).body(measurement("2026-27", 150, "estimated", null))
                .post("/api/indicators/" + code + "/measurements").then().statusCode(201).body("revision", equalTo(1));
        json("report-" + code).body(measurement("2026-27", 150, "estimated", null))
                .post("/api/indicators/" + code + "/measurements").then().statusCode(201).body("revision", equalTo(1));

        given().get("/api/indicators/" + code + "/measurements/2026-27").then().body("history", empty());
    }

    @Test
    void aPeriodNeverMeasuredIsNotFound() {
        given().get("/api/indicators/" + fixtures.indicator("police") + "/measurements/2026-27")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static Map<String, Object> measurement(String period, Number value, String grade, List<?> districts) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("period", period, "value", value,
                "dataQuality", grade, "source", "Quarterly return"));
        if (districts != null) {
            body.put("districts", districts);
        }
        return body;
    }
}
