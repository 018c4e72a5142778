package org.jointcommissioning.bidding;

import io.quarkus.test.junit.QuarkusTest;
import org.jointcommissioning.bidding.support.Bids;
import org.jointcommissioning.bidding.support.Opportunities;
import org.jointcommissioning.bidding.support.Organisations;
import org.jointcommissioning.contracts.events.OpportunityPublished;
import org.jointcommissioning.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class IdempotentSubmissionResourceTest {

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstBidAndAnotherBodyIsAConflict() {
        OpportunityPublished opportunity = Opportunities.publish("county-council", MutableClock.install().tomorrow());
        Organisations.registerCharity("idem-org");
        Map<String, Object> bid = Bids.body(opportunity, Opportunities.OPEN_LOT);

        String id = submit("key-1", bid).statusCode(201).extract().path("id");
        submit("key-1", bid).statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        bid.put("lotId", Opportunities.RESERVED_LOT);
        submit("key-1", bid).statusCode(409);
        given().contentType("application/json").body(bid).post("/api/bids").then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));

        given().get("/api/bids").then().statusCode(200).body("total", equalTo(1));
    }

    private static io.restassured.response.ValidatableResponse submit(String key, Map<String, Object> bid) {
        return given().contentType("application/json").header("Idempotency-Key", key).body(bid).post("/api/bids").then();
    }
}
