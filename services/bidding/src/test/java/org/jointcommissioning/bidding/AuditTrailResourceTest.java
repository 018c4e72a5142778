package org.jointcommissioning.bidding;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.jointcommissioning.bidding.support.Actors;
import org.jointcommissioning.bidding.support.Bids;
import org.jointcommissioning.bidding.support.Commissioning;
import org.jointcommissioning.bidding.support.Opportunities;
import org.jointcommissioning.bidding.support.Organisations;
import org.jointcommissioning.contracts.events.OpportunityPublished;
import org.jointcommissioning.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bid's audit trail is its life cycle, never its sealed price or content: read by its own organisation, the auditor
 * and, once opened, the owner's commissioners; an organisation's trail by its own people and the auditor. Everyone
 * else is told the record does not exist; the bids opened at the deadline were opened by the consumer of the event.
 */
@QuarkusTest
class AuditTrailResourceTest {

    private static final String REVISED_PRICE = "87654.32";

    MutableClock clock;

    @BeforeEach
    void setUp() {
        clock = MutableClock.install();
    }

    @Test
    void aBidsHistoryShowsItsLifeCycleButNeverItsPriceOrContent() {
        OpportunityPublished opportunity = Opportunities.publish("county-council", clock.tomorrow());
        Organisations.registerCharity("audit-carers");
        String bid = given().contentType("application/json").header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .header("X-Request-Id", "audit-submit").body(Bids.body(opportunity, Opportunities.OPEN_LOT))
                .post("/api/bids").then().statusCode(201).extract().path("id");
        Map<String, Object> revised = Bids.changes();
        revised.put("price", Map.of("amount", REVISED_PRICE, "currency", "GBP"));
        clock.advance(Duration.ofHours(1));
        given().contentType("application/json").header("X-Request-Id", "audit-revise").body(revised)
                .put("/api/bids/{id}", bid).then().statusCode(200);

        Actors.commissioner("county-council");
        history("bid", bid).statusCode(404);

        clock.advance(Duration.ofDays(2));
        String closed = Commissioning.send(opportunity.opportunityId(), Opportunities.closedEvent(opportunity));
        Opportunities.awaitStatus(opportunity.opportunityId(),
                org.jointcommissioning.bidding.domain.OpportunityStatus.CLOSED);

        Actors.auditor();
        ValidatableResponse response = history("bid", bid).statusCode(200).body("total", equalTo(3));
        JsonPath history = response.extract().jsonPath();
        assertEquals(List.of("changed", "changed", "created"), history.getList("items.action"));
        assertEquals(List.of("event:bidding", "bidder@audit-carers", "bidder@audit-carers"),
                history.getList("items.subject"));
        assertEquals(List.of(closed, "audit-revise", "audit-submit"), history.getList("items.requestId"));
        assertEquals("audit-carers", history.getString("items[1].orgId"));
        assertEquals("submitted", change(history, 0, "status").get("before"));
        assertEquals("opened", change(history, 0, "status").get("after"));
        assertEquals(List.of("updatedAt"), history.getList("items[1].changes.field"));

        String body = response.extract().asString();
        for (String sealed : List.of(Bids.PRICE, REVISED_PRICE, Bids.QUALITY_TEXT, Bids.SOCIAL_VALUE_TEXT,
                "Apprenticeships", "NI179")) {
            assertFalse(body.contains(sealed), "The audit trail shows a sealed bid's " + sealed);
        }
        List<String> fields = history.getList("items.changes.field.flatten()");
        assertTrue(fields.stream().noneMatch(f -> f.startsWith("price") || f.startsWith("content")), fields.toString());

        Actors.commissioner("county-council");
        history("bid", bid).statusCode(200).body("total", equalTo(3));
        Actors.commissioner("nhs-trust");
        history("bid", bid).statusCode(404).body("detail", equalTo("Bid " + bid + " does not exist"));
        Actors.bidder("audit-youth");
        history("bid", bid).statusCode(404);
        Actors.bidder("audit-carers");
        history("bid", bid).statusCode(200).body("total", equalTo(3));
    }

    @Test
    void anOrganisationsHistoryIsReadByItsOwnPeopleAndTheAuditor() {
        Organisations.register("audit-trust", Organisations.profile("Audit Trust", "charity", "small"));
        given().contentType("application/json").header("X-Request-Id", "audit-profile")
                .body(Organisations.profile("Audit Trust CIO", "charity", "small"))
                .put("/api/organisations/{id}", "audit-trust").then().statusCode(200);

        JsonPath history = history("organisation", "audit-trust").statusCode(200).body("total", equalTo(2))
                .extract().jsonPath();
        assertEquals("audit-profile", history.getString("items[0].requestId"));
        assertEquals("Audit Trust", change(history, 0, "name").get("before"));
        assertEquals("Audit Trust CIO", change(history, 0, "name").get("after"));

        Actors.auditor();
        history("organisation", "audit-trust").statusCode(200).body("total", equalTo(2));
        Actors.bidder("audit-youth");
        history("organisation", "audit-trust").statusCode(404);
        Actors.commissioner("county-council");
        history("organisation", "audit-trust").statusCode(404);
        history("tender", "audit-trust").statusCode(400).body("errors[0].field", equalTo("entity"))
                .body("errors[0].message", containsString("bid, organisation"));
        history("bid", "no-such-bid").statusCode(404);
    }

    @Test
    void anAnonymousCallerMustSignIn() {
        Arc.container().instance(TestIdentityAssociation.class).get().setTestIdentity(null);
        history("organisation", "audit-trust").statusCode(401);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> change(JsonPath history, int entry, String field) {
        List<Map<String, Object>> changes = history.getList("items[" + entry + "].changes");
        return changes.stream().filter(c -> field.equals(c.get("field"))).findFirst()
                .orElseThrow(() -> new AssertionError("No change of " + field + " in " + changes));
    }

    private static ValidatableResponse history(String entity, String id) {
        return given().queryParam("entity", entity).queryParam("id", id).get("/api/audit/bidding").then();
    }
}
