package org.jointcommissioning.bidding;

import io.quarkus.test.junit.QuarkusTest;
import org.jointcommissioning.bidding.support.Actors;
import org.jointcommissioning.bidding.support.Bids;
import org.jointcommissioning.bidding.support.Opportunities;
import org.jointcommissioning.bidding.support.Organisations;
import org.jointcommissioning.contracts.events.OpportunityPublished;
import org.jointcommissioning.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/** Before the deadline a bid exists only for its own organisation; after it, for the owner's commissioners. */
@QuarkusTest
class SealedBidResourceTest {

    MutableClock clock;
    OpportunityPublished opportunity;
    String bid;

    @BeforeEach
    void aSubmittedBid() {
        clock = MutableClock.install();
        opportunity = Opportunities.publish("nhs-trust", clock.tomorrow());
        Organisations.registerCharity("sealed-bidder-" + System.nanoTime());
        bid = Bids.submitted(opportunity, Opportunities.OPEN_LOT);
    }

    @Test
    void beforeTheDeadlineCommissionersAndOtherBiddersLearnNothing() {
        Actors.commissioner("nhs-trust");
        assertNoLeak(given().queryParam("opportunityId", opportunity.opportunityId()).get("/api/bids")
                .then().statusCode(403).extract().asString());
        assertNoLeak(Bids.get(bid).statusCode(404).extract().asString());

        Actors.bidder("sealed-rival");
        assertNoLeak(Bids.get(bid).statusCode(404).extract().asString());
        given().get("/api/bids").then().statusCode(200).body("total", equalTo(0));
        assertNoLeak(given().post("/api/bids/" + bid + "/withdraw").then().statusCode(404).extract().asString());

        Actors.auditor();
        assertNoLeak(Bids.get(bid).statusCode(404).extract().asString());
    }

    @Test
    void afterTheCloseTheOwnersCommissionersAndTheAuditorReadIt() {
        clock.advance(Duration.ofDays(2));
        Opportunities.close(opportunity);

        Actors.commissioner("nhs-trust");
        Bids.get(bid).statusCode(200).body("price.amount", equalTo(Bids.PRICE))
                .body("answers[0].text", equalTo(Bids.QUALITY_TEXT));
        given().queryParam("opportunityId", opportunity.opportunityId()).get("/api/bids")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(bid));

        Actors.auditor();
        Bids.get(bid).statusCode(200).body("status", equalTo("opened"));

        Actors.commissioner("police");
        Bids.get(bid).statusCode(404);
        given().queryParam("opportunityId", opportunity.opportunityId()).get("/api/bids").then().statusCode(403);

        Actors.bidder("sealed-rival");
        Bids.get(bid).statusCode(404);
    }

    private static void assertNoLeak(String body) {
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString(Bids.PRICE)));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString(Bids.QUALITY_TEXT)));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("sealed-bidder")));
    }
}
