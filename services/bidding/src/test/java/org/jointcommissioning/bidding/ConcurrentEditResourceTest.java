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
import static org.hamcrest.Matchers.not;

/** Two people of one organisation editing the same bid or profile: the second, working from a stale copy, is refused. */
@QuarkusTest
class ConcurrentEditResourceTest {

    @Test
    void aChangeToABidFromAStaleCopyIsRefusedWith412() {
        OpportunityPublished opportunity = Opportunities.publish("county-council", MutableClock.install().tomorrow());
        Organisations.registerCharity("two-editors-" + System.nanoTime());
        String bid = Bids.submitted(opportunity, Opportunities.OPEN_LOT);
        String read = given().get("/api/bids/" + bid).then().statusCode(200).extract().header("ETag");

        Map<String, Object> lowerPrice = Bids.changes();
        lowerPrice.put("price", Map.of("amount", "9000.00", "currency", "GBP"));

        given().contentType("application/json").header("If-Match", read).body(lowerPrice)
                .put("/api/bids/" + bid).then().statusCode(200).header("ETag", not(equalTo(read)));
        given().contentType("application/json").header("If-Match", read).body(Bids.changes())
                .put("/api/bids/" + bid).then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void aChangeToAProfileFromAStaleCopyIsRefusedWith412() {
        String orgId = "profile-editors-" + System.nanoTime();
        Organisations.registerCharity(orgId);
        String read = given().get("/api/organisations/" + orgId).then().statusCode(200)
                .header("ETag", not(equalTo(null))).extract().header("ETag");
        var profile = Organisations.profile("Renamed " + orgId, "charity", "small");

        given().contentType("application/json").header("If-Match", read).body(profile)
                .put("/api/organisations/" + orgId).then().statusCode(200);
        given().contentType("application/json").header("If-Match", read).body(profile)
                .put("/api/organisations/" + orgId).then().statusCode(412);
    }
}
