package org.jointcommissioning.commissioning;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.support.Fixtures;
import org.jointcommissioning.commissioning.support.Funds;
import org.jointcommissioning.commissioning.support.Journey;
import org.jointcommissioning.contracts.events.ContractAwarded;
import org.jointcommissioning.contracts.events.Topics;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every change to opportunities, awards, evaluations and frameworks is in the audit trail with who made it, for which
 * partner, in which request, and each field before and after. The owner's commissioners, the admin and the auditor
 * read an opportunity's; another partner is told it does not exist; the saga's consumer answers for its own changes.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditTrailResourceTest {

    private static String opportunityId;
    private static String scoredId;
    private static String awardId;
    private static String reservedEvent;

    @Test
    @Order(1)
    @TestSecurity(user = "cara", roles = "commissioner")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "subject-of-cara"),
            @Claim(key = "preferred_username", value = "cara"), @Claim(key = "org_id", value = "county-council")})
    void aCommissionerDraftsAndPublishesAnOpportunityAndAwardsALot() {
        Funds.open(Journey.FUND, Fixtures.COUNTY);
        String frameworkId = Journey.createFramework(false);
        opportunityId = given().contentType(ContentType.JSON).header("X-Request-Id", "audit-draft")
                .body(Journey.draftBody(frameworkId, Instant.now(), false))
                .post("/api/opportunities").then().statusCode(201).extract().path("id");
        given().header("X-Request-Id", "audit-publish").post("/api/opportunities/{id}/publish", opportunityId)
                .then().statusCode(200);

        scoredId = Fixtures.countyOpportunity(OpportunityStatus.CLOSED);
        Fixtures.openedBid(scoredId, scoredId + "-a", "carers-network", "900.00");
        Fixtures.scored(scoredId, scoredId + "-a", 80, 70, "Clear and local");
        awardId = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .header("X-Request-Id", "audit-award")
                .body(Map.of("lotId", "lot-1", "bidId", scoredId + "-a", "amount", Map.of("amount", "900.00",
                        "currency", "GBP")))
                .post("/api/opportunities/{id}/awards", scoredId).then().statusCode(202).extract().path("id");
        reservedEvent = UUID.randomUUID().toString();
        Journey.fundsReserved(reservedEvent, awardId, Fixtures.fundOf(scoredId), "900.00");
        Journey.event(Topics.COMMISSIONING_AWARDS, ContractAwarded.class, awardId);
        given().contentType(ContentType.JSON).header("X-Request-Id", "audit-cancel")
                .body(Map.of("reason", "Provider withdrew"))
                .post("/api/awards/{id}/cancel", awardId).then().statusCode(200);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "auditor", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void theAuditorReadsTheOpportunitysHistory() {
        JsonPath history = history("opportunity", opportunityId).statusCode(200).body("total", equalTo(2))
                .extract().jsonPath();
        assertEquals(List.of("changed", "created"), history.getList("items.action"));
        assertEquals(List.of("audit-publish", "audit-draft"), history.getList("items.requestId"));
        assertEquals(List.of("subject-of-cara", "subject-of-cara"), history.getList("items.subject"));
        assertEquals(List.of("cara", "cara"), history.getList("items.userName"));
        assertEquals(List.of("county-council", "county-council"), history.getList("items.orgId"));
        assertEquals("draft", change(history, 0, "status").get("before"));
        assertEquals("published", change(history, 0, "status").get("after"));
        assertEquals("Carers support service", change(history, 1, "title").get("after"));
        assertEquals("100000.00", change(history, 1, "estimatedValue").get("after"));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "auditor", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void theAwardsActivationIsTheSagaConsumersAndItsCancellationTheCommissioners() {
        JsonPath history = history("award", awardId).statusCode(200).body("total", equalTo(3)).extract().jsonPath();
        assertEquals(List.of("changed", "changed", "created"), history.getList("items.action"));
        assertEquals(List.of("subject-of-cara", "event:commissioning-funds", "subject-of-cara"),
                history.getList("items.subject"));
        assertEquals(List.of("audit-cancel", reservedEvent, "audit-award"), history.getList("items.requestId"));
        assertEquals("pending-funding", change(history, 1, "status").get("before"));
        assertEquals("active", change(history, 1, "status").get("after"));
        assertEquals("cancelled", change(history, 0, "status").get("after"));
        assertEquals("Provider withdrew", change(history, 0, "cancelReason").get("after"));
        assertEquals("900.00", change(history, 2, "amount.amount").get("after"));
        assertEquals("GBP", change(history, 2, "amount.currency").get("after"));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "cara", roles = "commissioner")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void theOwnersCommissionersReadTheirRecordsHistories() {
        history("opportunity", opportunityId).statusCode(200).body("total", equalTo(2));
        history("award", awardId).statusCode(200).body("total", equalTo(3));
        history("evaluation", scoredId + "-a").statusCode(200);
    }

    @Test
    @Order(5)
    @TestSecurity(user = "nadia", roles = "commissioner")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "nhs-trust"))
    void anotherPartnersCommissionerIsToldTheRecordsDoNotExist() {
        history("opportunity", opportunityId).statusCode(404)
                .body("detail", equalTo("Opportunity " + opportunityId + " does not exist"));
        history("award", awardId).statusCode(404);
        history("evaluation", scoredId + "-a").statusCode(404);
    }

    @Test
    @Order(6)
    void anAnonymousCallerMustSignIn() {
        history("opportunity", opportunityId).statusCode(401);
    }

    @Test
    @Order(7)
    @TestSecurity(user = "admin", roles = "partnership-admin")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void anUnknownKindIsRefusedNamingTheKindsAndAnUnknownRecordIsAbsent() {
        history("question", opportunityId).statusCode(400).body("errors[0].field", equalTo("entity"))
                .body("errors[0].message", containsString("framework, opportunity, award, evaluation"));
        history("award", "no-such-award").statusCode(404);
        history("framework", "no-such-framework").statusCode(404);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> change(JsonPath history, int entry, String field) {
        List<Map<String, Object>> changes = history.getList("items[" + entry + "].changes");
        return changes.stream().filter(c -> field.equals(c.get("field"))).findFirst()
                .orElseThrow(() -> new AssertionError("No change of " + field + " in " + changes));
    }

    private static ValidatableResponse history(String entity, String id) {
        return given().queryParam("entity", entity).queryParam("id", id).get("/api/audit/commissioning").then();
    }
}
