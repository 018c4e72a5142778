package org.jointcommissioning.bidding;

import io.quarkus.test.junit.QuarkusTest;
import org.jointcommissioning.bidding.support.Actors;
import org.jointcommissioning.bidding.support.Alerts;
import org.jointcommissioning.bidding.support.Opportunities;
import org.jointcommissioning.contracts.events.OpportunityPublished;
import org.jointcommissioning.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** An organisation keeps its saved searches, follows and notifications; no other organisation sees or changes them. */
@QuarkusTest
class AlertResourceTest {

    @Test
    void aBidderSavesReadsChangesAndDeletesItsSearch() {
        Actors.bidder("alerts-own");
        String id = Alerts.save(Alerts.carersSearch());
        String etag = given().get("/api/alerts/" + id).then().statusCode(200)
                .body("keywords", equalTo("carers respite"))
                .body("minValue.amount", equalTo("100000.00"))
                .body("reservedLotsOnly", equalTo(true))
                .extract().header("ETag");

        Map<String, Object> changed = Alerts.carersSearch();
        changed.put("maxValue", Map.of("amount", "400000", "currency", "GBP"));
        given().contentType("application/json").header("If-Match", etag).body(changed).put("/api/alerts/" + id)
                .then().statusCode(200).body("maxValue.amount", equalTo("400000.00"));
        given().contentType("application/json").header("If-Match", etag).body(changed).put("/api/alerts/" + id)
                .then().statusCode(412);
        given().get("/api/alerts").then().statusCode(200).body("items.id", contains(id));

        given().delete("/api/alerts/" + id).then().statusCode(204);
        given().get("/api/alerts/" + id).then().statusCode(404);
    }

    @Test
    void anotherOrganisationCannotSeeOrChangeASearchOrItsNotifications() {
        Actors.bidder("alerts-owner");
        String id = Alerts.save(Map.of("name", "Everything"));
        OpportunityPublished opportunity = Opportunities.publish("county-council", MutableClock.install().tomorrow());
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/notifications").then().extract()
                .<Integer>path("total") > 0);
        String notification = given().get("/api/notifications").then().extract().path("items[0].id");

        Actors.bidder("alerts-other");
        given().get("/api/alerts/" + id).then().statusCode(404);
        given().contentType("application/json").body(Alerts.carersSearch()).put("/api/alerts/" + id)
                .then().statusCode(404);
        given().delete("/api/alerts/" + id).then().statusCode(404);
        given().get("/api/alerts").then().statusCode(200).body("total", equalTo(0));
        given().post("/api/notifications/" + notification + "/read").then().statusCode(404);
        given().get("/api/notifications").then().statusCode(200).body("total", equalTo(0));
        given().delete("/api/follows/" + opportunity.opportunityId()).then().statusCode(404);

        Actors.commissioner("county-council");
        given().get("/api/alerts").then().statusCode(403);
        given().get("/api/notifications").then().statusCode(403);

        Actors.bidder("alerts-owner");
        given().post("/api/notifications/" + notification + "/read").then().statusCode(200)
                .body("readAt", notNullValue());
        given().queryParam("unread", true).get("/api/notifications").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(notification)));
    }

    @Test
    void aSearchWithABandUpsideDownOrAnUnknownFieldIsRefused() {
        Actors.bidder("alerts-invalid");
        Map<String, Object> upsideDown = Alerts.carersSearch();
        upsideDown.put("maxValue", Map.of("amount", "5.00", "currency", "GBP"));
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(upsideDown).post("/api/alerts").then().statusCode(400)
                .body("errors[0].field", equalTo("maxValue"));

        Map<String, Object> unknown = Alerts.carersSearch();
        unknown.put("districts", java.util.List.of("Northdale"));
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(unknown).post("/api/alerts").then().statusCode(400);
    }

    @Test
    void onlyAPublishedOpportunityCanBeFollowed() {
        Actors.bidder("alerts-follow");
        given().put("/api/follows/no-such-opportunity").then().statusCode(404);
        OpportunityPublished opportunity = Opportunities.publish("county-council", MutableClock.install().tomorrow());
        given().put("/api/follows/" + opportunity.opportunityId()).then().statusCode(200);
        given().put("/api/follows/" + opportunity.opportunityId()).then().statusCode(200);
        given().get("/api/follows").then().statusCode(200).body("items.opportunityId",
                contains(opportunity.opportunityId()));
        given().delete("/api/follows/" + opportunity.opportunityId()).then().statusCode(204);
        given().get("/api/follows").then().statusCode(200).body("total", equalTo(0));
    }
}
