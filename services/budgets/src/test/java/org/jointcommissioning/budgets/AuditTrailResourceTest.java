package org.jointcommissioning.budgets;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.jointcommissioning.contracts.events.FundsCommitted;
import org.jointcommissioning.contracts.events.FundsReserved;
import org.jointcommissioning.testing.KafkaEvents;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Every change to a fund and its money is in the audit trail, with who made it, for which organisation, in which
 * request, and each field before and after; the auditor reads it, a partner outside the fund is told it does not
 * exist, and the changes the award saga's consumer makes are its own.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditTrailResourceTest {

    private static String fundId;

    @Inject
    TestFunds funds;

    @Test
    @Order(1)
    @TestSecurity(user = "admin", roles = "partnership-admin")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "subject-of-admin"),
            @Claim(key = "preferred_username", value = "admin"), @Claim(key = "org_id", value = "partnership")})
    void theAdminSetsUpAFundAndChangesItTwice() {
        funds.partner("county-council");
        funds.partner("nhs-trust");
        funds.partner("police");
        fundId = given().contentType(ContentType.JSON).header("X-Request-Id", "audit-open-fund")
                .body(Map.of("name", "Audited care", "purpose", "Independent living", "hostPartnerId", "county-council",
                        "members", List.of("county-council"), "financialYear", "2026-27", "currency", "GBP",
                        "riskShare", Map.of("rule", "proportional")))
                .post("/api/funds").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("X-Request-Id", "audit-members")
                .body(Map.of("members", List.of("county-council", "nhs-trust")))
                .put("/api/funds/{id}/members", fundId).then().statusCode(200);
        given().header("X-Request-Id", "audit-close").post("/api/funds/{id}/close", fundId).then().statusCode(200);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "auditor", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void theAuditorReadsEveryChangeNewestFirst() {
        JsonPath history = history("fund", fundId).statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).extract().jsonPath();
        assertEquals(List.of("changed", "changed", "created"), history.getList("items.action"));

        assertEquals("audit-close", history.getString("items[0].requestId"));
        assertEquals("subject-of-admin", history.getString("items[0].subject"));
        assertEquals("admin", history.getString("items[0].userName"));
        assertEquals("partnership", history.getString("items[0].orgId"));
        assertEquals(List.of(Map.of("field", "status", "before", "open", "after", "closed")),
                history.getList("items[0].changes"));

        assertEquals("audit-members", history.getString("items[1].requestId"));
        assertEquals(List.of(Map.of("field", "members", "before", "[\"county-council\"]",
                        "after", "[\"county-council\",\"nhs-trust\"]")),
                history.getList("items[1].changes"));

        assertEquals("audit-open-fund", history.getString("items[2].requestId"));
        Map<String, Object> created = changesByField(history, 2);
        assertEquals("Audited care", created.get("name"));
        assertEquals("open", created.get("status"));
        assertEquals("county-council", created.get("hostPartnerId"));
        assertFalse(history.getList("items[2].changes.before").stream().anyMatch(v -> v != null));

        // Paged like every list: the second page of one holds the middle revision.
        given().queryParam("entity", "fund").queryParam("id", fundId).queryParam("size", 1).queryParam("page", 1)
                .get("/api/audit/budgets").then().statusCode(200)
                .body("items.requestId", equalTo(List.of("audit-members"))).body("total", equalTo(3));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "fm-nhs", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "nhs-trust"))
    void aMembersStaffReadTheFundsHistory() {
        history("fund", fundId).statusCode(200).body("total", equalTo(3));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "fm-police", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "police"))
    void anotherPartnerIsToldTheFundDoesNotExist() {
        history("fund", fundId).statusCode(404).body("detail", equalTo("Fund " + fundId + " does not exist"));
    }

    @Test
    @Order(5)
    void anAnonymousCallerMustSignIn() {
        history("fund", fundId).statusCode(401);
    }

    @Test
    @Order(6)
    @TestSecurity(user = "auditor", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void anUnknownKindIsRefusedNamingTheKindsAndAnUnknownRecordIsAbsent() {
        history("journal", fundId).statusCode(400)
                .body("errors[0].field", equalTo("entity"))
                .body("errors[0].message", containsString("fund, contribution, reservation, payment"));
        history("payment", "no-such-payment").statusCode(404);
        history("contribution", "no-such-contribution").statusCode(404);
    }

    @Test
    @Order(7)
    @TestSecurity(user = "auditor", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void theAwardSagasChangesAreTheConsumers() {
        String sagaFund = funds.fund();
        funds.paidIn(sagaFund, "county-council", "1000.00");
        String awardId = Saga.newAwardId();
        String requested = KafkaEvents.send(awardId, Saga.fundingRequested(awardId, sagaFund, "400.00"));
        String reservationId = Saga.event(FundsReserved.class, awardId).json().path("reservationId").asText();
        String awarded = KafkaEvents.send(awardId, Saga.contractAwarded(awardId, sagaFund, "400.00"));
        Saga.event(FundsCommitted.class, awardId);

        JsonPath history = history("reservation", reservationId).statusCode(200).body("total", equalTo(2))
                .extract().jsonPath();
        assertEquals(List.of("changed", "created"), history.getList("items.action"));
        assertEquals(List.of("event:budgets", "event:budgets"), history.getList("items.subject"));
        assertEquals(List.of(awarded, requested), history.getList("items.requestId"));
        assertNull(history.get("items[0].orgId"));
        assertEquals("400.00", changesByField(history, 1).get("amount"));
        assertEquals("reserved", history.getString("items[0].changes.find { it.field == 'status' }.before"));
        assertEquals("committed", history.getString("items[0].changes.find { it.field == 'status' }.after"));
    }

    private static Map<String, Object> changesByField(JsonPath history, int entry) {
        Map<String, Object> byField = new HashMap<>();
        List<Map<String, Object>> changes = history.getList("items[" + entry + "].changes");
        changes.forEach(change -> byField.put((String) change.get("field"), change.get("after")));
        return byField;
    }

    private static ValidatableResponse history(String entity, String id) {
        return given().queryParam("entity", entity).queryParam("id", id).get("/api/audit/budgets").then();
    }
}
