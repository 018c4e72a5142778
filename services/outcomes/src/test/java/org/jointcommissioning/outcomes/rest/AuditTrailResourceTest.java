package org.jointcommissioning.outcomes.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.jointcommissioning.outcomes.domain.IndicatorKind;
import org.jointcommissioning.outcomes.domain.Polarity;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.jointcommissioning.outcomes.Fixtures.json;
import static org.jointcommissioning.outcomes.Fixtures.newCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every change to indicators (their targets and contributors among them) and measurements is in the audit trail,
 * with who made it, for which partner, in which request, and each field before and after. Like the records, the
 * trail is read by anyone signed in.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditTrailResourceTest {

    private static final String CODE = newCode();
    private static String measurementId;

    @Test
    @Order(1)
    @TestSecurity(user = "pat", roles = "partnership-admin")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "subject-of-pat"),
            @Claim(key = "preferred_username", value = "pat"), @Claim(key = "org_id", value = "partnership")})
    void theAdminAddsAnIndicatorAndChangesItsTargetsAndContributors() {
        json().header("X-Request-Id", "audit-indicator").body(indicator("Carers supported", List.of(), "200", "250"))
                .post("/api/indicators").then().statusCode(201);
        given().contentType("application/json").header("X-Request-Id", "audit-indicator-edit")
                .body(indicator("Carers supported at home", List.of("district-council"), "200", "260"))
                .put("/api/indicators/{code}", CODE).then().statusCode(200);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "olu", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void theOwnersOfficerRecordsAMeasurement() {
        measurementId = json().header("X-Request-Id", "audit-measurement")
                .body(Map.of("period", "2026-27-Q1", "value", new BigDecimal("123.5"), "dataQuality", "validated",
                        "source", "Quarterly return"))
                .post("/api/indicators/{code}/measurements", CODE).then().statusCode(201).extract().path("id");
    }

    @Test
    @Order(3)
    @TestSecurity(user = "audrey", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void theAuditorReadsEachChangeWithItsAuthorAndRequest() {
        JsonPath history = history("indicator", CODE).statusCode(200).body("total", equalTo(3)).extract().jsonPath();
        assertEquals(List.of("changed", "changed", "created"), history.getList("items.action"));
        assertEquals(List.of("audit-measurement", "audit-indicator-edit", "audit-indicator"),
                history.getList("items.requestId"));
        // The measurement moved the indicator's status: the officer who recorded it made that change.
        assertEquals("olu", history.getString("items[0].userName"));
        assertEquals("county-council", history.getString("items[0].orgId"));
        assertEquals("no-data", change(history, 0, "status").get("before"));
        assertEquals(List.of("subject-of-pat", "subject-of-pat"), history.getList("items[1..2].subject"));
        assertEquals(List.of("pat", "pat"), history.getList("items[1..2].userName"));
        assertEquals(List.of("partnership", "partnership"), history.getList("items[1..2].orgId"));
        assertEquals(Map.of("field", "title", "before", "Carers supported", "after", "Carers supported at home"),
                change(history, 1, "title"));
        assertEquals(Map.of("field", "contributors", "before", "[]", "after", "[\"district-council\"]"),
                change(history, 1, "contributors"));
        assertEquals("[{\"period\":\"2026-27\",\"value\":\"200.0000\"},{\"period\":\"2027-28\",\"value\":\"250.0000\"}]",
                change(history, 1, "targets").get("before"));
        assertEquals("[{\"period\":\"2026-27\",\"value\":\"200.0000\"},{\"period\":\"2027-28\",\"value\":\"260.0000\"}]",
                change(history, 1, "targets").get("after"));
        assertEquals("higher-is-better", change(history, 2, "polarity").get("after"));
        assertEquals("100.0000", change(history, 2, "baselineValue").get("after"));

        JsonPath measurement = history("measurement", measurementId).statusCode(200).body("total", equalTo(1))
                .extract().jsonPath();
        assertEquals("audit-measurement", measurement.getString("items[0].requestId"));
        assertEquals("county-council", measurement.getString("items[0].orgId"));
        assertEquals("123.5000", change(measurement, 0, "value").get("after"));
        assertEquals("validated", change(measurement, 0, "dataQuality").get("after"));
        assertEquals(1, change(measurement, 0, "revision").get("after"));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "nia", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "nhs-trust"))
    void anyoneSignedInReadsItAsTheyReadTheRecords() {
        history("indicator", CODE).statusCode(200).body("total", equalTo(3));
        history("delivery-plan", CODE).statusCode(404).body("detail", equalTo("Delivery plan " + CODE + " does not exist"));
        history("risk", "no-such-risk").statusCode(404);
        history("scorecard", CODE).statusCode(400).body("errors[0].field", equalTo("entity"))
                .body("errors[0].message", containsString("indicator, measurement, delivery-plan, risk, challenge"));
    }

    @Test
    @Order(5)
    void anAnonymousCallerMustSignIn() {
        history("indicator", CODE).statusCode(401);
    }

    private static IndicatorRequest indicator(String title, List<String> contributors, String first, String second) {
        return new IndicatorRequest(CODE, title, IndicatorKind.NEGOTIATED, Polarity.HIGHER_IS_BETTER, "carers",
                "Independent living", "county-council", contributors, new PeriodValue("2025-26", new BigDecimal("100")),
                List.of(new PeriodValue("2026-27", new BigDecimal(first)), new PeriodValue("2027-28",
                        new BigDecimal(second))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> change(JsonPath history, int entry, String field) {
        List<Map<String, Object>> changes = history.getList("items[" + entry + "].changes");
        return changes.stream().filter(c -> field.equals(c.get("field"))).findFirst()
                .orElseThrow(() -> new AssertionError("No change of " + field + " in " + changes));
    }

    private static ValidatableResponse history(String entity, String id) {
        return given().queryParam("entity", entity).queryParam("id", id).get("/api/audit/outcomes").then();
    }
}
