package org.jointcommissioning.commissioning;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.support.Fixtures;
import org.jointcommissioning.commissioning.support.Journey;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@TestSecurity(user = "cara", roles = "commissioner")
@OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
class EvaluationResourceTest {

    @Test
    void scoredBidsAreRankedByWeightedTotalWithPriceScoredByThePlatform() {
        String id = closedOpportunity();
        Fixtures.openedBid(id, id + "-a", "carers-network", "100.00");
        Fixtures.openedBid(id, id + "-b", "youth-trust", "80.00");
        Journey.score(id, id + "-a", 90, 80, "Well argued");

        given().get("/api/opportunities/" + id + "/evaluations").then().statusCode(200)
                .body("lots[0].lotId", equalTo("lot-1"))
                .body("lots[0].bids.bidId", contains(id + "-a", id + "-b"))
                .body("lots[0].bids[0].weightedTotal", equalTo(84.0f))
                .body("lots[0].bids[0].rank", equalTo(1))
                .body("lots[0].bids[1].scores.price", equalTo(100.0f))
                .body("lots[0].bids[1].rank", nullValue());

        Journey.score(id, id + "-b", 70, 50, "Solid");
        given().get("/api/opportunities/" + id + "/evaluations").then()
                .body("lots[0].bids.weightedTotal", contains(84.0f, 78.0f))
                .body("lots[0].bids.rank", contains(1, 2));
    }

    @Test
    void scoresMustCoverEachQualityAndSocialValueCriterionFrom0To100() {
        String id = closedOpportunity();
        Fixtures.openedBid(id, id + "-a", "carers-network", "100.00");
        score(id, id + "-a", Map.of("quality", 101, "price", 50)).statusCode(400)
                .body("errors.field", hasItem("scores.quality"))
                .body("errors.field", hasItem("scores.price"))
                .body("errors.field", hasItem("scores.social"));
        score(id, "no-such-bid", Map.of("quality", 1, "social", 1)).statusCode(404);
    }

    @Test
    void beforeTheDeadlineThereIsNothingToEvaluate() {
        String id = Fixtures.countyOpportunity(OpportunityStatus.PUBLISHED);
        given().get("/api/opportunities/" + id + "/evaluations").then().statusCode(409);
    }

    private static String closedOpportunity() {
        return Fixtures.countyOpportunity(OpportunityStatus.CLOSED);
    }

    private static io.restassured.response.ValidatableResponse score(String id, String bidId, Map<String, Integer> scores) {
        return given().contentType(ContentType.JSON).body(Map.of("scores", scores, "comment", "c"))
                .put("/api/opportunities/" + id + "/evaluations/" + bidId).then();
    }
}
