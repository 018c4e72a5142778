package org.jointcommissioning.bidding;

import org.jointcommissioning.bidding.support.Actors;
import org.jointcommissioning.bidding.support.Commissioning;
import org.jointcommissioning.bidding.support.Bids;
import org.jointcommissioning.bidding.support.Opportunities;
import org.jointcommissioning.bidding.support.Organisations;
import org.jointcommissioning.contracts.events.BidOutcome;
import org.jointcommissioning.contracts.events.OpportunityPublished;
import org.jointcommissioning.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** A bid's whole life through each status, driven by commissioning's real events on the broker. */
@QuarkusTest
class BidLifecycleResourceTest {

    private static final java.time.Instant STANDSTILL_ENDS = java.time.Instant.parse("2026-12-31T00:00:00Z");

    MutableClock clock;

    @BeforeEach
    void setUp() {
        clock = MutableClock.install();
    }

    @Test
    void submittedThenOpenedAtTheCloseThenAwardedOrUnsuccessfulWithFeedback() {
        OpportunityPublished opportunity = Opportunities.publish("county-council", clock.tomorrow());
        Organisations.registerCharity("life-winner");
        String winner = Bids.submitted(opportunity, Opportunities.OPEN_LOT);
        Bids.get(winner).statusCode(200).body("status", equalTo("submitted"));
        Organisations.registerCharity("life-loser");
        String loser = Bids.submitted(opportunity, Opportunities.OPEN_LOT);

        clock.advance(Duration.ofDays(2));
        Opportunities.close(opportunity);
        Bids.get(loser).statusCode(200).body("status", equalTo("opened")).body("openedAt", notNullValue());

        Commissioning.send("award-1", outcome(opportunity, winner, "life-winner", "awarded", 1, null));
        Commissioning.send("award-1", outcome(opportunity, loser, "life-loser", "unsuccessful", 2, "Price too high"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Bids.get(loser).statusCode(200)
                .body("status", equalTo("unsuccessful")).body("rank", equalTo(2))
                .body("score", equalTo(61.5f)).body("feedback", equalTo("Price too high"))
                .body("awardId", equalTo("award-1")).body("standstillEndsAt", equalTo(STANDSTILL_ENDS.toString()))
                .body("criterionScores[0].criterionId", equalTo("quality"))
                .body("criterionScores[0].score", equalTo(55.0f))
                .body("criterionScores[0].winnerScore", equalTo(80.0f)));
        Actors.bidder("life-winner");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Bids.get(winner).statusCode(200)
                .body("status", equalTo("awarded")).body("rank", equalTo(1)));
    }

    @Test
    void aWithdrawnBidStaysWithdrawnWhenTheOpportunityCloses() {
        OpportunityPublished opportunity = Opportunities.publish("county-council", clock.tomorrow());
        Organisations.registerCharity("life-withdrawer");
        String bid = Bids.submitted(opportunity, Opportunities.OPEN_LOT);
        io.restassured.RestAssured.given().post("/api/bids/" + bid + "/withdraw")
                .then().statusCode(200).body("status", equalTo("withdrawn"));

        Opportunities.close(opportunity);
        Bids.get(bid).statusCode(200).body("status", equalTo("withdrawn")).body("openedAt", equalTo(null));
    }

    @Test
    void bidsAreCancelledWithTheirOpportunity() {
        OpportunityPublished opportunity = Opportunities.publish("county-council", clock.tomorrow());
        Organisations.registerCharity("life-cancelled");
        String bid = Bids.submitted(opportunity, Opportunities.RESERVED_LOT);

        Opportunities.cancel(opportunity);
        Bids.get(bid).statusCode(200).body("status", equalTo("cancelled"));
    }

    private static BidOutcome outcome(OpportunityPublished opportunity, String bidId, String orgId, String outcome,
                                      int rank, String feedback) {
        BigDecimal score = rank == 1 ? new BigDecimal("78.25") : new BigDecimal("61.50");
        BigDecimal quality = rank == 1 ? new BigDecimal("80.00") : new BigDecimal("55.00");
        return new BidOutcome(bidId, "award-1", opportunity.opportunityId(), Opportunities.OPEN_LOT, orgId, outcome,
                score, rank, feedback, List.of(new BidOutcome.CriterionScore("quality", "Quality", 60, quality,
                        new BigDecimal("80.00"))), STANDSTILL_ENDS);
    }
}
