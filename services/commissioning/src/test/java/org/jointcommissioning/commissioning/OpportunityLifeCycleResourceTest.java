package org.jointcommissioning.commissioning;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.jointcommissioning.commissioning.service.DeadlineCloser;
import org.jointcommissioning.commissioning.support.Fixtures;
import org.jointcommissioning.commissioning.support.Funds;
import org.jointcommissioning.commissioning.support.Journey;
import org.jointcommissioning.contracts.events.BidOutcome;
import org.jointcommissioning.contracts.events.ContractAwarded;
import org.jointcommissioning.contracts.events.FundingRequested;
import org.jointcommissioning.contracts.events.OpportunityClosed;
import org.jointcommissioning.contracts.events.OpportunityPublished;
import org.jointcommissioning.contracts.events.Topics;
import org.jointcommissioning.testing.KafkaEvents;
import org.jointcommissioning.testing.MutableClock;
import org.jointcommissioning.testing.ReceivedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestSecurity(user = "cara", roles = "commissioner")
@OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
class OpportunityLifeCycleResourceTest {

    @Inject
    DeadlineCloser closer;

    MutableClock clock;

    @BeforeEach
    void installClockAndFund() {
        clock = MutableClock.install();
        Funds.open(Journey.FUND, Fixtures.COUNTY);
    }

    @Test
    void anOpportunityGoesFromDraftThroughTheDeadlineToAnAwardedContract() {
        String frameworkId = Journey.createFramework(false);
        Map<String, Object> draft = Journey.draftBody(frameworkId, clock.instant(), false);
        String id = Journey.createDraft(draft);
        given().contentType(ContentType.JSON).body(withTitle(draft, "Carers support and breaks"))
                .put("/api/opportunities/" + id).then().statusCode(200).body("status", equalTo("draft"));

        Journey.publish(id);
        ReceivedEvent published = Journey.event(Topics.COMMISSIONING_OPPORTUNITIES, OpportunityPublished.class, id);
        assertEquals("Carers support and breaks", published.json().get("title").asText());
        assertEquals(0, closer.closeDue(), "nothing closes before the deadline");

        clock.advance(Duration.ofDays(2).plusSeconds(1));
        closer.closeDue();
        Journey.event(Topics.COMMISSIONING_OPPORTUNITIES, OpportunityClosed.class, id);
        given().get("/api/opportunities/" + id).then().statusCode(200).body("status", equalTo("closed"));

        String winner = UUID.randomUUID().toString();
        String runnerUp = UUID.randomUUID().toString();
        Journey.openBid(id, winner, "carers-network", "90000.00");
        Journey.openBid(id, runnerUp, "youth-trust", "80000.00");
        Journey.score(id, winner, 90, 80, "Strong local knowledge");
        Journey.score(id, runnerUp, 50, 40, "Thin plan for rural areas");

        String awardId = Journey.award(id, winner, "90000.00");
        assertEquals("pending-funding", Journey.awardStatus(id, awardId));
        ReceivedEvent requested = Journey.event(Topics.COMMISSIONING_AWARDS, FundingRequested.class, awardId);
        assertEquals(Journey.FUND, requested.json().get("fundId").asText());

        Journey.fundsReserved(UUID.randomUUID().toString(), awardId, Journey.FUND, "90000.00");
        ReceivedEvent contract = Journey.event(Topics.COMMISSIONING_AWARDS, ContractAwarded.class, awardId);
        assertEquals("Name of carers-network", contract.json().get("supplierName").asText());
        List<ReceivedEvent> outcomes = KafkaEvents.await(Topics.COMMISSIONING_AWARDS,
                KafkaEvents.ofType(BidOutcome.class, awardId), 2, Journey.WAIT);
        outcomes.forEach(ReceivedEvent::assertValid);
        assertEquals("awarded", outcomes.stream().filter(e -> e.json().get("bidId").asText().equals(winner))
                .findFirst().orElseThrow().json().get("outcome").asText());

        assertEquals("active", Journey.awardStatus(id, awardId));
        given().get("/api/opportunities/" + id).then().statusCode(200)
                .body("status", equalTo("awarded")).body("lots[0].status", equalTo("awarded"));
    }

    private static Map<String, Object> withTitle(Map<String, Object> body, String title) {
        Map<String, Object> copy = new java.util.HashMap<>(body);
        copy.put("title", title);
        return copy;
    }
}
