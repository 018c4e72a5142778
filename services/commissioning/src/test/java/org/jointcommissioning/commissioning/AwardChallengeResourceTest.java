package org.jointcommissioning.commissioning;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.jointcommissioning.commissioning.domain.Award;
import org.jointcommissioning.commissioning.domain.AwardStatus;
import org.jointcommissioning.commissioning.domain.ChallengeStatus;
import org.jointcommissioning.commissioning.service.AwardFunding;
import org.jointcommissioning.commissioning.service.ChallengeService;
import org.jointcommissioning.commissioning.support.Journey;
import org.jointcommissioning.commissioning.support.Outbox;
import org.jointcommissioning.commissioning.support.Standstills;
import org.jointcommissioning.contracts.events.AwardCancelled;
import org.jointcommissioning.contracts.events.AwardChallenged;
import org.jointcommissioning.contracts.events.ChallengeAnswered;
import org.jointcommissioning.contracts.events.ContractAwarded;
import org.jointcommissioning.contracts.events.Topics;
import org.jointcommissioning.testing.MutableClock;
import org.jointcommissioning.testing.identity.Acting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Unsuccessful bidders challenge award decisions in the standstill; the owner's commissioners answer. */
@QuarkusTest
class AwardChallengeResourceTest {

    @Inject
    AwardFunding funding;

    @Inject
    ChallengeService challenges;

    MutableClock clock;

    @BeforeEach
    void installClock() {
        clock = MutableClock.install();
        clock.set(Instant.parse("2026-12-17T15:00:00Z"));
    }

    @Test
    @TestSecurity(user = "yusuf", roles = "bidder")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "youth-trust"))
    void anUnsuccessfulBidderChallengesInTheStandstillAndTheAwardIsSuspended() {
        Award award = Standstills.awardInStandstill(funding, clock);
        String challengeId = challenge(award.id, UUID.randomUUID().toString()).statusCode(201)
                .body("status", equalTo("open")).body("challengerOrganisationId", equalTo("youth-trust"))
                .extract().path("id");

        assertEquals(AwardStatus.SUSPENDED, Standstills.award(award.id).status());
        Journey.event(Topics.COMMISSIONING_AWARDS, AwardChallenged.class, award.id);
        challenge(award.id, UUID.randomUUID().toString()).statusCode(409);
        given().get("/api/awards/" + award.id + "/challenges").then().statusCode(200)
                .body("items.id", contains(challengeId));
        given().get("/api/awards/" + award.id + "/challenges/" + challengeId).then().statusCode(200);
        given().queryParam("entity", "award-challenge").queryParam("id", challengeId).get("/api/audit/commissioning")
                .then().statusCode(200).body("items[0].action", equalTo("created"));
    }

    @Test
    @TestSecurity(user = "yusuf", roles = "bidder")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "youth-trust"))
    void aRepeatedChallengeWithTheSameKeyAnswersTheFirstAndAfterTheStandstillNoneIsTaken() {
        Award award = Standstills.awardInStandstill(funding, clock);
        String key = UUID.randomUUID().toString();
        String first = challenge(award.id, key).statusCode(201).extract().path("id");
        challenge(award.id, key).statusCode(201).body("id", equalTo(first));
        assertEquals(1, Outbox.count(AwardChallenged.class, award.id));

        Award late = Standstills.awardInStandstill(funding, clock);
        clock.set(late.standstillEndsAt());
        challenge(late.id, UUID.randomUUID().toString()).statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("grounds", "")).header("Idempotency-Key", "k")
                .post("/api/awards/" + award.id + "/challenges").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "carl", roles = "bidder")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "carers-network"))
    void theWinnerMayNotChallengeNorSeeAnotherBiddersChallenge() {
        Award award = Standstills.awardInStandstill(funding, clock);
        String challengeId = Standstills.challenged(challenges, award.id);
        challenge(award.id, UUID.randomUUID().toString()).statusCode(404);
        given().get("/api/awards/" + award.id + "/challenges").then().statusCode(404);
        given().get("/api/awards/" + award.id + "/challenges/" + challengeId).then().statusCode(404);
        given().queryParam("entity", "award-challenge").queryParam("id", challengeId).get("/api/audit/commissioning")
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "olga", roles = "bidder")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "other-charity"))
    void anOrganisationThatDidNotBidIsToldTheAwardDoesNotExist() {
        Award award = Standstills.awardInStandstill(funding, clock);
        challenge(award.id, UUID.randomUUID().toString()).statusCode(404);
        given().get("/api/awards/" + award.id + "/challenges").then().statusCode(404);
        assertEquals(AwardStatus.STANDSTILL, Standstills.award(award.id).status());
    }

    @Test
    @TestSecurity(user = "cara", roles = "commissioner")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void anUpheldChallengeCancelsTheAwardReleasesTheMoneyAndReopensTheEvaluation() {
        Award award = Standstills.awardInStandstill(funding, clock);
        String challengeId = Standstills.challenged(challenges, award.id);
        given().get("/api/awards/" + award.id + "/challenges").then().statusCode(200)
                .body("items[0].grounds", equalTo("The social value scores ignored our volunteer hours"));

        answer(award.id, challengeId, "upheld").statusCode(200).body("status", equalTo("upheld"));

        assertEquals(AwardStatus.CANCELLED, Standstills.award(award.id).status());
        Journey.event(Topics.COMMISSIONING_AWARDS, ChallengeAnswered.class, award.id);
        Journey.event(Topics.COMMISSIONING_AWARDS, AwardCancelled.class, award.id);
        answer(award.id, challengeId, "dismissed").statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("scores", Map.of("quality", 70, "social", 95), "comment", "Rescored"))
                .put("/api/opportunities/" + award.opportunityId + "/evaluations/" + award.opportunityId + "-b")
                .then().statusCode(200);
        given().get("/api/ocds/records/ocds-jcp001-" + award.opportunityId).then().statusCode(200)
                .body("records[0].compiledRelease.awards[0].status", equalTo("cancelled"))
                .body("records[0].compiledRelease.awards[0].documents[0].documentType", equalTo("complaints"));
    }

    @Test
    @TestSecurity(user = "cara", roles = "commissioner")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void aDismissedChallengeLetsTheStandstillRunOnOrEndsItIfItHasPassed() {
        Award running = Standstills.awardInStandstill(funding, clock);
        answer(running.id, Standstills.challenged(challenges, running.id), "dismissed").statusCode(200)
                .body("status", equalTo("dismissed")).body("decisionReasons", equalTo("The scores stand"));
        assertEquals(AwardStatus.STANDSTILL, Standstills.award(running.id).status());
        assertEquals(running.standstillEndsAt(), Standstills.award(running.id).standstillEndsAt());

        Award passed = Standstills.awardInStandstill(funding, clock);
        String challengeId = Standstills.challenged(challenges, passed.id);
        clock.set(passed.standstillEndsAt().plus(Duration.ofDays(1)));
        answer(passed.id, challengeId, "dismissed").statusCode(200);
        assertEquals(AwardStatus.ACTIVE, Standstills.award(passed.id).status());
        assertEquals(1, Outbox.count(ContractAwarded.class, passed.id));
        assertEquals(ChallengeStatus.DISMISSED, Standstills.challenge(challengeId).status());
    }

    @Test
    @TestSecurity(user = "nina", roles = "commissioner")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "nhs-trust"))
    void anotherPartnersCommissionerIsToldTheAwardDoesNotExist() {
        Award award = Standstills.awardInStandstill(funding, clock);
        String challengeId = Standstills.challenged(challenges, award.id);
        answer(award.id, challengeId, "upheld").statusCode(404);
        given().get("/api/awards/" + award.id + "/challenges").then().statusCode(404);
        assertEquals(AwardStatus.SUSPENDED, Standstills.award(award.id).status());
    }

    @Test
    @TestSecurity(user = "audrey", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void theAuditorReadsEveryChallengeAndItsHistoryButMayNotAnswer() {
        Award award = Standstills.awardInStandstill(funding, clock);
        String challengeId = Standstills.challenged(challenges, award.id);
        QuarkusTransaction.requiringNew().run(() -> Acting.as(Acting.person("cara", "county-council", "commissioner"),
                () -> challenges.answer(award.id, challengeId, false, "The scores stand")));
        given().get("/api/awards/" + award.id + "/challenges").then().statusCode(200)
                .body("items[0].status", equalTo("dismissed"));
        given().queryParam("entity", "award-challenge").queryParam("id", challengeId).get("/api/audit/commissioning")
                .then().statusCode(200).body("items.action", contains("changed", "created"));
        answer(award.id, challengeId, "upheld").statusCode(403);
    }

    private static ValidatableResponse challenge(String awardId, String key) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("grounds", "The social value scores ignored our volunteer hours"))
                .post("/api/awards/" + awardId + "/challenges").then();
    }

    private static ValidatableResponse answer(String awardId, String challengeId, String decision) {
        return given().contentType(ContentType.JSON).body(Map.of("decision", decision, "reasons", "The scores stand"))
                .post("/api/awards/" + awardId + "/challenges/" + challengeId + "/answer").then();
    }
}
