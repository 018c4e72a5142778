package org.jointcommissioning.bidding;

import io.quarkus.test.junit.QuarkusTest;
import org.jointcommissioning.bidding.support.Bids;
import org.jointcommissioning.bidding.support.Opportunities;
import org.jointcommissioning.bidding.support.Organisations;
import org.jointcommissioning.contracts.events.OpportunityPublished;
import org.jointcommissioning.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** A bid answers every quality and social-value criterion, within 10,000 characters, and is led by its bidder. */
@QuarkusTest
class BidContentRulesResourceTest {

    OpportunityPublished opportunity;
    Map<String, Object> bid;

    @BeforeEach
    void setUp() {
        opportunity = Opportunities.publish("county-council", MutableClock.install().tomorrow());
        Organisations.register("rules-org", Organisations.profile("Rules Org", "charity", "small"));
        bid = Bids.body(opportunity, Opportunities.OPEN_LOT);
    }

    @Test
    void everyQualityAndSocialValueCriterionIsAnswered() {
        bid.put("answers", List.of(Map.of("criterionId", Opportunities.QUALITY, "text", "Only quality")));
        Bids.submit(bid).statusCode(400).body("errors.field", hasItem("answers"))
                .body("errors.message", hasItem(containsString(Opportunities.SOCIAL_VALUE)));
    }

    @Test
    void anAnswerIsAtMostTenThousandCharacters() {
        bid.put("answers", List.of(Map.of("criterionId", Opportunities.QUALITY, "text", "x".repeat(10_001)),
                Map.of("criterionId", Opportunities.SOCIAL_VALUE, "text", "x".repeat(10_000))));
        Bids.submit(bid).statusCode(400).body("errors.field", equalTo(List.of("answers[0].text")));
    }

    @Test
    void answersNameCriteriaOfTheOpportunityAndTheLotExists() {
        bid.put("answers", List.of(Map.of("criterionId", Opportunities.QUALITY, "text", "a"),
                Map.of("criterionId", Opportunities.SOCIAL_VALUE, "text", "b"),
                Map.of("criterionId", "crit-price", "text", "c")));
        Bids.submit(bid).statusCode(400).body("errors.field", hasItem("answers[2].criterionId"));
        bid = Bids.body(opportunity, "lot-unknown");
        Bids.submit(bid).statusCode(400).body("errors.field", hasItem("lotId"));
    }

    @Test
    void quantitiesAndImprovementsAreJsonNumbersWithAtMostFourDecimals() {
        bid.put("socialValue", List.of(Map.of("description", "Apprenticeships", "quantity", "12")));
        Bids.submit(bid).statusCode(400).body("errors.field", equalTo(List.of("socialValue[0].quantity")));

        bid.put("socialValue", List.of(Map.of("description", "Apprenticeships", "quantity", 12)));
        bid.put("indicatorContributions", List.of(Map.of("code", "NI179", "expectedImprovement", 1.23456)));
        Bids.submit(bid).statusCode(400).body("errors.field", equalTo(List.of("indicatorContributions[0].expectedImprovement")));

        bid.put("indicatorContributions", List.of(Map.of("code", "NI179", "expectedImprovement", 1.5)));
        Bids.submit(bid).statusCode(201).body("socialValue[0].quantity", equalTo(12))
                .body("indicatorContributions[0].expectedImprovement", equalTo(1.5f));
    }

    @Test
    void anOverLongLotIdIsRefusedByName() {
        bid.put("lotId", "x".repeat(101));
        Bids.submit(bid).statusCode(400).body("errors.field", equalTo(List.of("lotId")));
    }

    @Test
    void aConsortiumIsLedByTheBiddingOrganisation() {
        bid.put("consortium", List.of(Map.of("name", "Someone Else", "role", "lead", "charityNumber", "7654321")));
        Bids.submit(bid).statusCode(400).body("errors.field", hasItem("consortium[0]"));

        bid.put("consortium", List.of(Map.of("name", "Rules Org", "role", "lead", "charityNumber", "1123456"),
                Map.of("name", "Partner CIC", "role", "member", "companyNumber", "12345678")));
        Bids.submit(bid).statusCode(201).body("consortium[0].role", equalTo("lead"));
    }
}
