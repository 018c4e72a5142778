package org.jointcommissioning.commissioning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.jointcommissioning.commissioning.service.StandstillCloser;
import org.jointcommissioning.commissioning.support.Fixtures;
import org.jointcommissioning.commissioning.support.Journey;
import org.jointcommissioning.commissioning.support.Outbox;
import org.jointcommissioning.commissioning.support.Standstills;
import org.jointcommissioning.contracts.events.BidOutcome;
import org.jointcommissioning.contracts.events.ContractAwarded;
import org.jointcommissioning.contracts.events.StandstillStarted;
import org.jointcommissioning.contracts.events.Topics;
import org.jointcommissioning.testing.KafkaEvents;
import org.jointcommissioning.testing.MutableClock;
import org.jointcommissioning.testing.OcdsSchema;
import org.jointcommissioning.testing.ReceivedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestSecurity(user = "cara", roles = "commissioner")
@OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
class StandstillResourceTest {

    /** Thursday 17 December 2026: eight working days, skipping Christmas Day and Boxing Day's substitute. */
    private static final Instant DECIDED = Instant.parse("2026-12-17T15:00:00Z");
    private static final Instant ENDS = Instant.parse("2026-12-31T00:00:00Z");

    @Inject
    StandstillCloser closer;

    MutableClock clock;

    @BeforeEach
    void installClock() {
        clock = MutableClock.install();
        clock.set(DECIDED);
    }

    @Test
    void aFundedAwardStandsStillForEightWorkingDaysAndOnlyThenIsItsContractEntered() throws Exception {
        String id = Standstills.scoredOpportunity(8);
        String awardId = Journey.award(id, id + "-a", "900.00");
        Journey.fundsReserved(UUID.randomUUID().toString(), awardId, Fixtures.fundOf(id), "900.00");

        ReceivedEvent started = Journey.event(Topics.COMMISSIONING_AWARDS, StandstillStarted.class, awardId);
        assertEquals(ENDS.toString(), started.json().path("standstillEndsAt").asText());
        await().atMost(Journey.WAIT).until(() -> "standstill".equals(Journey.awardStatus(id, awardId)));
        given().get("/api/opportunities/" + id + "/awards").then()
                .body("items.find { it.id == '" + awardId + "' }.standstillEndsAt", equalTo(ENDS.toString()))
                .body("items.find { it.id == '" + awardId + "' }.standstillStartedAt", equalTo(DECIDED.toString()));
        assertEquals(0, Outbox.count(ContractAwarded.class, awardId));

        JsonNode notice = unsuccessfulNotice(awardId);
        assertEquals(ENDS.toString(), notice.path("standstillEndsAt").asText());
        assertEquals(List.of("price:90.00:100.00", "quality:60.00:80.00", "social:90.00:70.00"), scores(notice));

        given().contentType(ContentType.JSON).body(Map.of("scores", Map.of("quality", 90, "social", 90), "comment", "x"))
                .put("/api/opportunities/" + id + "/evaluations/" + id + "-b").then().statusCode(409);

        clock.set(ENDS.minusSeconds(1));
        closer.endDue();
        assertEquals("standstill", Journey.awardStatus(id, awardId));

        clock.set(ENDS);
        closer.endDue();
        assertEquals("active", Journey.awardStatus(id, awardId));
        Journey.event(Topics.COMMISSIONING_AWARDS, ContractAwarded.class, awardId);
        given().get("/api/opportunities/" + id).then().body("status", equalTo("awarded"));

        JsonNode record = new ObjectMapper().readTree(given().get("/api/ocds/records/ocds-jcp001-" + id)
                .then().statusCode(200).extract().asString());
        assertEquals(List.of(), OcdsSchema.recordPackageViolations(record));
        JsonNode releases = record.path("records").get(0).path("releases");
        assertEquals("pending", releases.get(0).path("awards").get(0).path("status").asText());
        assertEquals(0, releases.get(0).path("contracts").size(), "no contract in the standstill");
        assertEquals("active", releases.get(1).path("awards").get(0).path("status").asText());
        assertEquals("active", releases.get(1).path("contracts").get(0).path("status").asText());
    }

    @Test
    void twoReplicasEndingTheSameStandstillEnterTheContractOnce() {
        String id = Standstills.scoredOpportunity(8);
        String awardId = Journey.award(id, id + "-a", "900.00");
        Journey.fundsReserved(UUID.randomUUID().toString(), awardId, Fixtures.fundOf(id), "900.00");
        await().atMost(Journey.WAIT).until(() -> "standstill".equals(Journey.awardStatus(id, awardId)));

        clock.set(ENDS);
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(closer::endDue);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(closer::endDue);
        one.join();
        two.join();
        assertEquals("active", Journey.awardStatus(id, awardId));
        assertEquals(1, Outbox.count(ContractAwarded.class, awardId));
    }

    @Test
    void aFrameworkThatNamesNoStandstillHasTheActsEightWorkingDays() {
        Map<String, Object> body = new java.util.HashMap<>(Journey.frameworkBody(false, Journey.criteria(40, 40, 20)));
        body.remove("standstillWorkingDays");
        given().contentType(ContentType.JSON).body(body).post("/api/frameworks").then().statusCode(201)
                .body("standstillWorkingDays", equalTo(8));
        body.put("standstillWorkingDays", 31);
        given().contentType(ContentType.JSON).body(body).post("/api/frameworks").then().statusCode(400);
    }

    /** The youth trust's decision notice: its score on each criterion beside the winner's. */
    private static JsonNode unsuccessfulNotice(String awardId) {
        return KafkaEvents.await(Topics.COMMISSIONING_AWARDS, KafkaEvents.ofType(BidOutcome.class, awardId), 2,
                        Journey.WAIT).stream().map(ReceivedEvent::assertValid).map(ReceivedEvent::json)
                .filter(n -> n.path("outcome").asText().equals("unsuccessful")).findFirst().orElseThrow();
    }

    private static List<String> scores(JsonNode notice) {
        List<String> scores = new ArrayList<>();
        notice.path("scores").forEach(s -> scores.add(s.path("criterionId").asText() + ":" + s.path("score").asText()
                + ":" + s.path("winnerScore").asText()));
        return scores;
    }
}
