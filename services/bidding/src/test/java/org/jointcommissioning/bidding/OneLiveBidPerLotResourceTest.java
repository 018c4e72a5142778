package org.jointcommissioning.bidding;

import io.quarkus.test.junit.QuarkusTest;
import org.jointcommissioning.bidding.support.Bids;
import org.jointcommissioning.bidding.support.Opportunities;
import org.jointcommissioning.bidding.support.Organisations;
import org.jointcommissioning.contracts.events.OpportunityPublished;
import org.jointcommissioning.testing.MutableClock;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class OneLiveBidPerLotResourceTest {

    @Test
    void aSecondLiveBidOnTheSameLotIsRefusedUntilTheFirstIsWithdrawn() {
        OpportunityPublished opportunity = Opportunities.publish("county-council", MutableClock.install().tomorrow());
        Organisations.registerCharity("one-live");
        String first = Bids.submitted(opportunity, Opportunities.OPEN_LOT);

        Bids.submit(Bids.body(opportunity, Opportunities.OPEN_LOT)).statusCode(409)
                .body("detail", containsString("already has a live bid"));
        Bids.submitted(opportunity, Opportunities.RESERVED_LOT);

        given().post("/api/bids/" + first + "/withdraw").then().statusCode(200);
        given().post("/api/bids/" + first + "/withdraw").then().statusCode(409);
        Bids.submitted(opportunity, Opportunities.OPEN_LOT);
        given().get("/api/bids?opportunityId=" + opportunity.opportunityId()).then().statusCode(200)
                .body("total", equalTo(3));
    }
}
