package org.jointcommissioning.commissioning;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.repository.FundMembershipRepository;
import org.jointcommissioning.commissioning.domain.Award;
import org.jointcommissioning.commissioning.support.Db;
import org.jointcommissioning.commissioning.support.Fixtures;
import org.jointcommissioning.commissioning.support.Funds;
import org.jointcommissioning.commissioning.support.Journey;
import org.jointcommissioning.commissioning.support.Outbox;
import org.jointcommissioning.contracts.events.AwardCancelled;
import org.jointcommissioning.contracts.events.BidOutcome;
import org.jointcommissioning.contracts.events.ContractAwarded;
import org.jointcommissioning.contracts.events.ContributionRecorded;
import org.jointcommissioning.contracts.events.FundingRejected;
import org.jointcommissioning.contracts.events.Topics;
import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.testing.KafkaEvents;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestSecurity(user = "cara", roles = "commissioner")
@OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
class AwardSagaResourceTest {

    @Inject
    FundMembershipRepository memberships;

    @Test
    void reservedFundsActivateTheAwardAndARedeliveryAnnouncesOnce() {
        String id = scoredOpportunity();
        String awardId = Journey.award(id, id + "-a", "900.00");
        String eventId = UUID.randomUUID().toString();
        Journey.fundsReserved(eventId, awardId, Fixtures.fundOf(id), "900.00");
        Journey.fundsReserved(eventId, awardId, Fixtures.fundOf(id), "900.00");
        afterEarlierFundEventsOf(Fixtures.fundOf(id));

        assertEquals("active", Journey.awardStatus(id, awardId));
        assertEquals(1, Outbox.count(ContractAwarded.class, awardId));
        assertEquals(2, Outbox.count(BidOutcome.class, awardId));
        Journey.event(Topics.COMMISSIONING_AWARDS, ContractAwarded.class, awardId);

        given().contentType(ContentType.JSON).body(Map.of("reason", "Provider withdrew"))
                .post("/api/awards/" + awardId + "/cancel").then().statusCode(200).body("status", equalTo("cancelled"));
        Journey.event(Topics.COMMISSIONING_AWARDS, AwardCancelled.class, awardId);
        given().get("/api/opportunities/" + id).then().body("status", equalTo("closed"));
    }

    @Test
    void rejectedFundingFailsTheAwardAndAnnouncesNothing() {
        String id = scoredOpportunity();
        String awardId = Journey.award(id, id + "-b", "900.00");
        KafkaEvents.send(Fixtures.fundOf(id), new FundingRejected(awardId, Fixtures.fundOf(id), Money.gbp("900.00"),
                "insufficient-funds", "Only £100.00 is available", Instant.now()));

        await().atMost(Journey.WAIT).until(() -> "funding-failed".equals(Journey.awardStatus(id, awardId)));
        given().get("/api/opportunities/" + id + "/awards").then()
                .body("items.find { it.id == '" + awardId + "' }.failureReason",
                        equalTo("insufficient-funds: Only £100.00 is available"));
        assertEquals(0, Outbox.count(ContractAwarded.class, awardId));
        assertEquals(0, Outbox.count(BidOutcome.class, awardId));
        Journey.award(id, id + "-a", "800.00");
    }

    @Test
    void oneAwardInFlightPerLotForScoredBidsInPounds() {
        String id = scoredOpportunity();
        Journey.award(id, id + "-a", "900.00");
        award(id, id + "-b", "900.00", "GBP").statusCode(409);
        award(id, id + "-b", "900.00", "EUR").statusCode(400);
        award(id, id + "-b", "-1.00", "GBP").statusCode(400);

        String unscored = closedOpportunity();
        Fixtures.openedBid(unscored, unscored + "-a", "carers-network", "900.00");
        award(unscored, unscored + "-a", "900.00", "GBP").statusCode(409);
    }

    @Test
    void anAwardIsForAtMostTheBidsPriceAndMayBeNegotiatedDown() {
        String id = scoredOpportunity();
        award(id, id + "-a", "900.01", "GBP").statusCode(400)
                .body("errors[0].field", equalTo("amount"))
                .body("errors[0].message", equalTo("must not exceed the bid's price of 900.00 GBP"));
        award(id, id + "-a", "0.00", "GBP").statusCode(400).body("errors[0].field", equalTo("amount"));

        String atPrice = Journey.award(id, id + "-a", "900.00");
        given().contentType(ContentType.JSON).body(Map.of("reason", "Price negotiated down"))
                .post("/api/awards/" + atPrice + "/cancel").then().statusCode(200);
        String below = Journey.award(id, id + "-a", "850.00");
        given().get("/api/opportunities/" + id + "/awards").then()
                .body("items.find { it.id == '" + below + "' }.amount.amount", equalTo("850.00"));
    }

    @Test
    void noAwardFromAFundThatClosedOrThatTheOwnerLeftSinceThePublication() {
        String closed = scoredOpportunity();
        Funds.closed(Fixtures.fundOf(closed), Fixtures.COUNTY);
        award(closed, closed + "-a", "900.00", "GBP").statusCode(409)
                .body("detail", containsString("no open fund " + Fixtures.fundOf(closed) + " in which county-council"));

        String left = scoredOpportunity();
        Funds.open(Fixtures.fundOf(left), Fixtures.NHS);
        award(left, left + "-a", "900.00", "GBP").statusCode(409);
        assertEquals(0, Fixtures.read(() -> Db.em().createQuery("select count(a) from Award a where a.opportunityId in ?1", Long.class)
                .setParameter(1, java.util.List.of(closed, left)).getSingleResult()));
    }

    @Test
    void aRetriedAwardWithTheSameKeyAnswersTheFirstAwardAndAKeyIsRequired() {
        String id = scoredOpportunity();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("lotId", "lot-1", "bidId", id + "-a",
                "amount", Map.of("amount", "900.00", "currency", "GBP"));
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/opportunities/" + id + "/awards").then().statusCode(202).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/opportunities/" + id + "/awards").then().statusCode(202).body("id", equalTo(first));
        given().contentType(ContentType.JSON).body(body)
                .post("/api/opportunities/" + id + "/awards").then().statusCode(400);
        assertEquals(1, Outbox.count(org.jointcommissioning.contracts.events.FundingRequested.class, first));
    }

    /** Fund events share a partition by fund id: once a later one is applied, the earlier ones were too. */
    private void afterEarlierFundEventsOf(String fundId) {
        KafkaEvents.send(fundId, new ContributionRecorded(UUID.randomUUID().toString(), fundId, "sentinel", "pledge",
                Money.gbp("1.00"), LocalDate.now(), Instant.now()));
        await().atMost(Journey.WAIT).until(() -> Fixtures.read(() -> memberships.contributorsOf(fundId))
                .contains("sentinel"));
    }

    private static io.restassured.response.ValidatableResponse award(String id, String bidId, String amount,
                                                                     String currency) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("lotId", "lot-1", "bidId", bidId, "amount", Map.of("amount", amount, "currency", currency)))
                .post("/api/opportunities/" + id + "/awards").then();
    }

    private static String scoredOpportunity() {
        String id = closedOpportunity();
        Fixtures.openedBid(id, id + "-a", "carers-network", "900.00");
        Fixtures.openedBid(id, id + "-b", "youth-trust", "1000.00");
        Fixtures.scored(id, id + "-a", 80, 70, "Clear and local");
        Fixtures.scored(id, id + "-b", 60, 90, "Great social value, weaker delivery plan");
        return id;
    }

    private static String closedOpportunity() {
        return Fixtures.countyOpportunity(OpportunityStatus.CLOSED);
    }
}
