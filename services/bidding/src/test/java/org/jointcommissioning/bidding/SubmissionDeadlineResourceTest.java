package org.jointcommissioning.bidding;

import io.quarkus.test.junit.QuarkusTest;
import org.jointcommissioning.bidding.support.Bids;
import org.jointcommissioning.bidding.support.Commissioning;
import org.jointcommissioning.bidding.support.Opportunities;
import org.jointcommissioning.bidding.support.Organisations;
import org.jointcommissioning.contracts.events.OpportunityPublished;
import org.jointcommissioning.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The deadline is the server's clock's: a test clock moves past it, nobody sleeps. */
@QuarkusTest
class SubmissionDeadlineResourceTest {

    MutableClock clock;

    @BeforeEach
    void setUp() {
        clock = MutableClock.install();
        Organisations.registerCharity("deadline-" + System.nanoTime());
    }

    @Test
    void noSubmissionChangeOrWithdrawalOnceTheDeadlineIsReached() {
        OpportunityPublished opportunity = Opportunities.publish("district-council", clock.tomorrow());
        String bid = Bids.submitted(opportunity, Opportunities.OPEN_LOT);

        clock.set(opportunity.submissionDeadline());
        Bids.submit(Bids.body(opportunity, Opportunities.RESERVED_LOT)).statusCode(409)
                .body("detail", containsString("not open for bids"));
        given().contentType("application/json").body(Bids.changes()).put("/api/bids/" + bid).then().statusCode(409);
        given().post("/api/bids/" + bid + "/withdraw").then().statusCode(409);

        clock.set(opportunity.submissionDeadline().minus(Duration.ofSeconds(1)));
        given().contentType("application/json").body(Bids.changes()).put("/api/bids/" + bid)
                .then().statusCode(200).body("status", equalTo("submitted"));
    }

    @Test
    void anOpportunityNotYetPublishedHereIsNotOpenForBids() {
        OpportunityPublished unseen = Opportunities.published("district-council", clock.tomorrow());
        Bids.submit(Bids.body(unseen, Opportunities.OPEN_LOT)).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("is not open for bids"));

        Commissioning.send(unseen.opportunityId(), unseen);
        Opportunities.awaitStatus(unseen.opportunityId(), org.jointcommissioning.bidding.domain.OpportunityStatus.PUBLISHED);
        Bids.submit(Bids.body(unseen, Opportunities.OPEN_LOT)).statusCode(201);
    }

    @Test
    void aCancelledOpportunityTakesNoBids() {
        OpportunityPublished opportunity = Opportunities.publish("district-council", clock.tomorrow());
        Opportunities.cancel(opportunity);
        Bids.submit(Bids.body(opportunity, Opportunities.OPEN_LOT)).statusCode(409);
    }
}
