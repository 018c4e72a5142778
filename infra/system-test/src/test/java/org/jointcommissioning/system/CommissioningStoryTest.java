package org.jointcommissioning.system;

import io.restassured.response.Response;
import org.jointcommissioning.contracts.events.EventTypes;
import org.jointcommissioning.contracts.events.OpportunityClosed;
import org.jointcommissioning.testing.OcdsSchema;
import org.jointcommissioning.testing.metrics.Scrape;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.containsString;
import static org.jointcommissioning.system.Gateway.anonymous;
import static org.jointcommissioning.system.Gateway.as;
import static org.jointcommissioning.system.Gateway.newKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole commissioning story, played only through the gateway with real tokens from Keycloak: the
 * partnership sets up, partners pay in, a commissioner publishes, two charities bid under seal, the
 * commissioner scores and awards, the money is reserved, the award stands still while the losing bidder may
 * challenge it, then the contract is entered into, the money committed, and the contract moves its indicators.
 * Awarded again after a cancellation, the lot's second award is challenged, and the challenge is upheld.
 */
@ExtendWith(PlatformLauncher.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommissioningStoryTest {

    private static final StoryData data = new StoryData();
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    private static String fundId;
    private static String frameworkId;
    private static String opportunityId;
    private static Instant submissionDeadline;
    private static String carersBidId;
    private static String youthBidId;
    private static String awardId;
    private static String methodStatementId;
    private static String budgetId;
    /** The trace the award request starts, sent by the caller as W3C trace context. */
    private static final String AWARD_TRACE = UUID.randomUUID().toString().replace("-", "");
    private static String measurementId;
    /** The lot's second award, made after the first was cancelled, and the losing bidder's challenge to it. */
    private static String secondAwardId;
    private static String challengeId;
    /** The request id the commissioner's cancellation of the award is sent with, for the audit trail. */
    private static final String CANCEL_REQUEST = "story-cancel-" + UUID.randomUUID();

    @Test
    @Order(1)
    void partnershipAdminSetsUpPartnersAFundAFrameworkAndIndicators() {
        for (Map<String, Object> partner : List.of(
                data.partner("county-council", "Leicestershire County Council", "county-council"),
                data.partner("nhs-trust", "Leicestershire Partnership NHS Trust", "nhs"),
                data.partner("district-council", "Charnwood Borough Council", "district-council"))) {
            if (Existing.absent(as("admin"), "/api/partners/" + partner.get("id"))) {
                as("admin").body(partner).post("/api/partners").then().statusCode(201);
            }
        }
        fundId = as("admin").body(data.fund()).post("/api/funds").then().statusCode(201).extract().path("id");
        frameworkId = as("admin").body(data.framework()).post("/api/frameworks")
                .then().statusCode(201).extract().path("id");
        as("admin").body(data.indicator(data.hospitalIndicator, "Delayed transfers of care", "lower-is-better", 20, 12))
                .post("/api/indicators").then().statusCode(201);
        as("admin").body(data.indicator(data.volunteeringIndicator, "Older people volunteering", "higher-is-better", 30, 50))
                .post("/api/indicators").then().statusCode(201);
    }

    @Test
    @Order(2)
    void countyAndNhsPledgeAndPayInHalfAMillionEachOnceEvenWhenARequestIsRepeated() {
        for (String partner : List.of("county", "nhs")) {
            String partnerId = partner.equals("county") ? "county-council" : "nhs-trust";
            as("finance-" + partner, newKey()).body(data.contribution(partnerId, "pledge", "2026-04-01"))
                    .post("/api/funds/" + fundId + "/contributions").then().statusCode(201);
            String key = newKey();
            for (int attempt = 0; attempt < 2; attempt++) {
                as("finance-" + partner, key).body(data.contribution(partnerId, "receipt", "2026-04-15"))
                        .post("/api/funds/" + fundId + "/contributions").then().statusCode(201);
            }
        }
        as("finance-county").get("/api/funds/" + fundId + "/statement").then().statusCode(200)
                .body("pledged.amount", equalTo("1000000.00"))
                .body("received.amount", equalTo("1000000.00"));
    }

    @Test
    @Order(3)
    void aDistrictFinanceManagerOutsideTheFundIsToldItDoesNotExist() {
        as("finance-district", newKey()).body(data.contribution("county-council", "receipt", "2026-04-20"))
                .post("/api/funds/" + fundId + "/contributions")
                .then().statusCode(404).contentType(containsString("application/problem+json"));
    }

    @Test
    @Order(4)
    void aCommissionerPublishesAnOpportunityThatAnyoneCanFindByKeyword() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        submissionDeadline = now.plusSeconds(75);
        opportunityId = as("commissioner-county")
                .body(data.opportunity(frameworkId, fundId, now.plusSeconds(45), submissionDeadline))
                .post("/api/opportunities").then().statusCode(201).extract().path("id");
        as("commissioner-county").post("/api/opportunities/" + opportunityId + "/publish")
                .then().statusCode(200).body("status", equalTo("published"));

        anonymous().queryParam("q", data.keyword).get("/api/opportunities")
                .then().statusCode(200).body("items.id", hasItem(opportunityId));
    }

    @Test
    @Order(5)
    void twoCharitiesBidAndNobodyButEachOwnerSeesItsBidBeforeTheDeadline() {
        if (Existing.absent(as("bidder-carers"), "/api/organisations/carers-network")) {
            as("bidder-carers").body(data.organisation("Carers Network", "1123456")).post("/api/organisations")
                    .then().statusCode(201);
        }
        if (Existing.absent(as("bidder-youth"), "/api/organisations/youth-trust")) {
            as("bidder-youth").body(data.organisation("Youth Trust", "1098765")).post("/api/organisations")
                    .then().statusCode(201);
        }
        carersBidId = submitOnceOpen("bidder-carers", data.bid(opportunityId, "Carers Network", "240000.00"));
        youthBidId = submitOnceOpen("bidder-youth", data.bid(opportunityId, "Youth Trust", "260000.00"));

        as("bidder-carers").get("/api/bids/" + carersBidId).then().statusCode(200)
                .body("price.amount", equalTo("240000.00"));
        as("bidder-youth").get("/api/bids/" + carersBidId).then().statusCode(404)
                .body(not(containsString("240000")));
        as("commissioner-county").get("/api/bids/" + carersBidId).then().statusCode(404)
                .body(not(containsString("240000")));
        as("commissioner-county").queryParam("opportunityId", opportunityId).get("/api/bids")
                .then().statusCode(403).body(not(containsString("240000")));
        as("bidder-youth").get("/api/bids").then().statusCode(200)
                .body(not(containsString("240000")));
        anonymous().get("/api/opportunities/" + opportunityId).then().statusCode(200)
                .body(not(containsString("240000"))).body(not(containsString("260000")));

        // Documents in envelopes: uploaded through the gateway, sealed (encrypted) until opened after the deadline.
        methodStatementId = uploadDocument("technical", "method.pdf", METHOD_STATEMENT);
        budgetId = uploadDocument("financial", "budget.pdf", BUDGET_LINE);
        as("bidder-carers").get("/api/bids/" + carersBidId + "/documents/" + budgetId + "/content").then()
                .statusCode(409).body(not(containsString(BUDGET_LINE)));
        as("bidder-youth").get("/api/bids/" + carersBidId + "/documents").then().statusCode(404);
        as("commissioner-county").get("/api/bids/" + carersBidId + "/documents/" + methodStatementId + "/content")
                .then().statusCode(404).body(not(containsString(METHOD_STATEMENT)));
    }

    @Test
    @Order(6)
    void afterTheDeadlineTheCommissionerReadsAndScoresBothBids() {
        await().atMost(Duration.ofSeconds(Duration.between(Instant.now(), submissionDeadline).toSeconds() + 60))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> "closed".equals(anonymous().get("/api/opportunities/" + opportunityId).path("status")));
        await().atMost(EVENTUALLY).until(() -> as("commissioner-county").get("/api/bids/" + youthBidId).statusCode() == 200);
        as("commissioner-county").get("/api/bids/" + carersBidId).then().statusCode(200)
                .body("price.amount", equalTo("240000.00"));

        await().atMost(EVENTUALLY).until(() -> as("commissioner-county")
                .get("/api/opportunities/" + opportunityId + "/evaluations")
                .path("lots.find { it.lotId == 'lot-1' }.bids.size()"), equalTo(2));
        score(carersBidId, 80, 70, "Strong volunteer model and clear safeguarding.");
        score(youthBidId, 60, 60, "Good reach, but training plans were thin.");

        Response evaluation = as("commissioner-county").get("/api/opportunities/" + opportunityId + "/evaluations");
        evaluation.then().statusCode(200)
                .body("lots.find { it.lotId == 'lot-1' }.bids.find { it.bidId == '" + carersBidId + "' }.rank", equalTo(1))
                .body("lots.find { it.lotId == 'lot-1' }.bids.find { it.bidId == '" + youthBidId + "' }.rank", equalTo(2));

        // The envelopes open in order; the financial one once commissioning has announced the technical scores.
        String envelopes = "/api/bids/" + carersBidId + "/envelopes/";
        as("commissioner-county").post(envelopes + "technical/open").then().statusCode(409);
        as("commissioner-county").post(envelopes + "qualification/open").then().statusCode(200);
        as("commissioner-county").post(envelopes + "technical/open").then().statusCode(200);
        as("commissioner-county").accept("*/*")
                .get("/api/bids/" + carersBidId + "/documents/" + methodStatementId + "/content").then()
                .statusCode(200).contentType("application/pdf").body(containsString(METHOD_STATEMENT));
        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() ->
                as("commissioner-county").post(envelopes + "financial/open").statusCode() == 200);
        as("commissioner-county").accept("*/*")
                .get("/api/bids/" + carersBidId + "/documents/" + budgetId + "/content").then()
                .statusCode(200).body(containsString(BUDGET_LINE));
        as("commissioner-nhs").get("/api/bids/" + carersBidId + "/documents/" + budgetId + "/content").then()
                .statusCode(404);
    }

    private static final String METHOD_STATEMENT = "Volunteers trained in safeguarding visit each carer weekly";
    private static final String BUDGET_LINE = "Coordinator salary 27182.81 a year";

    /** Carers Network adds a small PDF to an envelope of its bid; answers the document's id. */
    private static String uploadDocument(String envelope, String filename, String text) {
        byte[] pdf = ("%PDF-1.7\n% " + text + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return as("bidder-carers", newKey()).contentType("application/pdf").queryParam("envelope", envelope)
                .queryParam("filename", filename).body(pdf).post("/api/bids/" + carersBidId + "/documents")
                .then().statusCode(201).body("sha256", org.hamcrest.Matchers.matchesPattern("^[0-9a-f]{64}$"))
                .extract().path("id");
    }

    @Test
    @Order(7)
    void anAwardAboveTheBidsPriceIsRefusedAndNothingIsAnnounced() {
        as("commissioner-county", newKey())
                .body(Map.of("lotId", "lot-1", "bidId", carersBidId, "amount", Map.of("amount", "2000000.00", "currency", "GBP")))
                .post("/api/opportunities/" + opportunityId + "/awards")
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("amount"));
        as("bidder-carers").get("/api/bids/" + carersBidId).then().body("status", equalTo("opened"));
    }

    @Test
    @Order(8)
    void theAwardStandsStillWithItsDecisionNotifiedThenItsContractIsEntered() {
        awardId = award("240000.00");
        await().atMost(EVENTUALLY).until(() -> statusOfAward(awardId), equalTo("standstill"));
        String endsAt = as("commissioner-county").get("/api/opportunities/" + opportunityId + "/awards")
                .path("items.find { it.id == '" + awardId + "' }.standstillEndsAt");
        assertTrue(endsAt != null, "the commissioner sees when the standstill ends");
        // The losing bidder is told the result, its score on each criterion beside the winner's, and the end.
        await().atMost(EVENTUALLY).until(() -> as("bidder-youth").get("/api/bids/" + youthBidId).path("status"),
                equalTo("unsuccessful"));
        as("bidder-youth").get("/api/bids/" + youthBidId).then()
                .body("awardId", equalTo(awardId)).body("standstillEndsAt", equalTo(endsAt))
                .body("criterionScores.find { it.criterionId == 'quality' }.score", equalTo(60.0f))
                .body("criterionScores.find { it.criterionId == 'quality' }.winnerScore", equalTo(80.0f));

        await().atMost(EVENTUALLY.plus(PlatformLauncher.STANDSTILL)).until(() -> statusOfAward(awardId),
                equalTo("active"));
    }

    @Test
    @Order(9)
    void theFundCommitsTheMoneyAndTheWinnerAndLoserSeeTheirResults() {
        await().atMost(EVENTUALLY).until(() -> as("finance-nhs").get("/api/funds/" + fundId + "/statement")
                .path("committed.amount"), equalTo("240000.00"));
        as("auditor").get("/api/funds/" + fundId + "/statement").then().statusCode(200)
                .body("availableToCommit.amount", equalTo("760000.00"))
                .body("partners.find { it.partnerId == 'county-council' }.shareOfCommitted.amount", equalTo("120000.00"))
                .body("partners.find { it.partnerId == 'nhs-trust' }.shareOfCommitted.amount", equalTo("120000.00"));

        await().atMost(EVENTUALLY).until(() -> as("bidder-carers").get("/api/bids/" + carersBidId).path("status"),
                equalTo("awarded"));
        as("bidder-youth").get("/api/bids/" + youthBidId).then().statusCode(200)
                .body("status", equalTo("unsuccessful"))
                .body("feedback", containsString("training"));
    }

    @Test
    @Order(10)
    void theOutcomeServiceListsTheContractUnderBothIndicators() {
        for (String code : List.of(data.hospitalIndicator, data.volunteeringIndicator)) {
            await().atMost(EVENTUALLY).until(() -> as("performance-county").get("/api/indicators/" + code + "/contracts")
                    .path("contracts.awardId"), hasItem(awardId));
        }
    }

    @Test
    @Order(11)
    void aMeasurementAndAPaymentMoveSpendCostPerPointAndTheScorecard() {
        measurementId = as("performance-county", newKey()).body(Map.of("period", "2026-27-Q2", "value", 40,
                        "dataQuality", "validated", "source", "Volunteer centre returns"))
                .post("/api/indicators/" + data.volunteeringIndicator + "/measurements").then().statusCode(201)
                .extract().path("id");
        as("finance-county", newKey()).body(Map.of("awardId", awardId, "date", "2026-10-01", "reference", "INV-001",
                        "amount", Map.of("amount", "50000.00", "currency", "GBP")))
                .post("/api/funds/" + fundId + "/payments").then().statusCode(201);

        await().atMost(EVENTUALLY).until(() -> as("performance-nhs")
                .get("/api/indicators/" + data.volunteeringIndicator + "/contracts")
                .path("valueForMoney.spent.amount"), equalTo("50000.00"));
        as("performance-nhs").get("/api/indicators/" + data.volunteeringIndicator + "/contracts").then()
                .body("valueForMoney.costPerPoint.amount", equalTo("5000.00"));
        as("auditor").get("/api/funds/" + fundId + "/statement").then()
                .body("spent.amount", equalTo("50000.00"))
                .body("cashBalance.amount", equalTo("950000.00"));
        as("admin").get("/api/scorecard").then().statusCode(200)
                .body("themes.find { it.theme == 'older-people' }.spent.amount", notNullValue());
    }

    @Test
    @Order(12)
    void theOpenDataFeedShowsTenderAwardAndContractAndValidatesAgainstOcds() {
        Response feed = anonymous().get("/api/ocds/releases");
        feed.then().statusCode(200);
        List<String> tags = feed.path("releases.findAll { it.ocid.endsWith('" + opportunityId + "') }.tag.flatten()");
        assertFalse(tags.isEmpty(), "the feed has releases for the opportunity");
        assertEquals(true, tags.containsAll(List.of("tender", "award", "contract")), tags.toString());
        OcdsSchema.assertValidReleasePackage(feed.asString());
    }

    @Test
    @Order(13)
    void cancellingTheAwardReleasesTheUnpaidMoneyAndEndsItsLinkToTheIndicators() {
        as("commissioner-county").header("X-Request-Id", CANCEL_REQUEST)
                .body(Map.of("reason", "The provider withdrew after the first quarter"))
                .post("/api/awards/" + awardId + "/cancel").then().statusCode(200);

        await().atMost(EVENTUALLY).until(() -> as("finance-county").get("/api/funds/" + fundId + "/statement")
                .path("committed.amount"), equalTo("0.00"));
        as("finance-county").get("/api/funds/" + fundId + "/statement").then()
                .body("spent.amount", equalTo("50000.00"))
                .body("availableToCommit.amount", equalTo("950000.00"));
        await().atMost(EVENTUALLY).until(() -> as("performance-county")
                .get("/api/indicators/" + data.volunteeringIndicator + "/contracts")
                .path("contracts.awardId"), not(hasItem(awardId)));
    }

    @Test
    @Order(14)
    void aSecondAwardIsChallengedInItsStandstillAndTheUpheldChallengeCancelsItAndReleasesTheMoney() {
        secondAwardId = award("240000.00");
        await().atMost(EVENTUALLY).until(() -> statusOfAward(secondAwardId), equalTo("standstill"));
        as("bidder-carers", newKey()).body(Map.of("grounds", "We won")).post("/api/awards/" + secondAwardId + "/challenges")
                .then().statusCode(404);
        challengeId = as("bidder-youth", newKey())
                .body(Map.of("grounds", "Our training plan was in the appendix the evaluators did not read"))
                .post("/api/awards/" + secondAwardId + "/challenges").then().statusCode(201)
                .body("status", equalTo("open")).extract().path("id");
        assertEquals("suspended", statusOfAward(secondAwardId));
        as("commissioner-nhs").get("/api/awards/" + secondAwardId + "/challenges").then().statusCode(404);
        as("commissioner-county").get("/api/awards/" + secondAwardId + "/challenges").then().statusCode(200)
                .body("items.id", hasItem(challengeId));

        as("commissioner-county").body(Map.of("decision", "upheld",
                        "reasons", "The appendix was part of the bid and must be evaluated"))
                .post("/api/awards/" + secondAwardId + "/challenges/" + challengeId + "/answer")
                .then().statusCode(200).body("status", equalTo("upheld"));
        assertEquals("cancelled", statusOfAward(secondAwardId));
        as("bidder-youth").get("/api/awards/" + secondAwardId + "/challenges/" + challengeId).then().statusCode(200)
                .body("status", equalTo("upheld"))
                .body("decisionReasons", containsString("appendix"));
        // The money the second award reserved goes back to the fund; the lot's evaluation is open again.
        await().atMost(EVENTUALLY).until(() -> as("finance-county").get("/api/funds/" + fundId + "/statement")
                .path("availableToCommit.amount"), equalTo("950000.00"));
        score(youthBidId, 75, 60, "Rescored with the appendix.");

        Response feed = anonymous().get("/api/ocds/records/ocds-jcp001-" + opportunityId);
        feed.then().statusCode(200)
                .body("records[0].compiledRelease.awards.find { it.id == '" + secondAwardId + "' }.status",
                        equalTo("cancelled"))
                .body("records[0].compiledRelease.awards.find { it.id == '" + secondAwardId + "' }.documents[0].documentType",
                        equalTo("complaints"));
        OcdsSchema.assertValidReleasePackage(anonymous().get("/api/ocds/releases").asString());
        Response trail = audit("commissioning", "award-challenge", challengeId);
        assertEquals(List.of("changed", "created"), trail.path("items.action"));
    }

    @Test
    @Order(15)
    void oneTraceFollowsTheAwardFromTheGatewayThroughEveryServiceItReached() {
        assertTrue(PlatformLogs.of("gateway").contains("trace=" + AWARD_TRACE), "the gateway's access line");
        // Whichever copy of a service took the request or the event logged it.
        assertTrue(PlatformLogs.ofEveryCopy("commissioning").contains("trace=" + AWARD_TRACE
                        + " user=commissioner-county org=county-council"), "commissioning names who asked");
        for (String service : Platform.SERVICES) {
            assertTrue(PlatformLogs.ofEveryCopy(service).contains("trace=" + AWARD_TRACE),
                    service + " logged nothing under the award's trace " + AWARD_TRACE);
        }
    }

    @Test
    @Order(16)
    void noTokenAndNoSealedPriceEverReachesTheLogs() {
        for (String component : Platform.applications()) {
            String log = PlatformLogs.of(component);
            assertFalse(log.isEmpty(), component + " wrote no log");
            for (String token : Tokens.minted()) {
                assertFalse(log.contains(token), component + " logged a bearer token");
                assertFalse(log.contains(token.substring(token.lastIndexOf('.') + 1)), component + " logged a token's signature");
            }
            assertFalse(log.contains("260000"), component + " logged the losing bid's price");
            assertFalse(log.contains("runs trained volunteer befrienders"), component + " logged a bid's answers");
        }
    }

    @Test
    @Order(17)
    void theAuditorReadsWhoChangedTheFundTheAwardAndTheMeasurementAndHow() {
        Response fund = audit("budgets", "fund", fundId);
        assertEquals("created", fund.path("items[-1].action"));
        assertEquals("admin", fund.path("items[-1].userName"));
        assertEquals(data.fund().get("name"), fund.<String>path("items[-1].changes.find { it.field == 'name' }.after"));

        // Made by the commissioner, put in its standstill by commissioning's consumer of the fund's answer, made
        // active by the standstill job, cancelled by the commissioner in the request this story named.
        Response award = audit("commissioning", "award", awardId);
        assertEquals(List.of("changed", "changed", "changed", "created"), award.path("items.action"));
        assertEquals(List.of("commissioner-county", "system", "commissioning-funds", "commissioner-county"),
                award.path("items.userName"));
        assertEquals("event:commissioning-funds", award.path("items[2].subject"));
        assertEquals("county-council", award.path("items[0].orgId"));
        assertEquals(CANCEL_REQUEST, award.path("items[0].requestId"));
        assertEquals(List.of("active", "cancelled"), List.of(
                award.<String>path("items[0].changes.find { it.field == 'status' }.before"),
                award.<String>path("items[0].changes.find { it.field == 'status' }.after")));
        assertEquals("240000.00", award.<String>path("items[3].changes.find { it.field == 'amount.amount' }.after"));

        Response measurement = audit("outcomes", "measurement", measurementId);
        assertEquals(List.of("created"), measurement.path("items.action"));
        assertEquals("performance-county", measurement.path("items[0].userName"));
        assertEquals("county-council", measurement.path("items[0].orgId"));
        assertEquals("40.0000", measurement.<String>path("items[0].changes.find { it.field == 'value' }.after"));

        as("finance-district").queryParam("entity", "fund").queryParam("id", fundId).get("/api/audit/budgets")
                .then().statusCode(404);
        as("commissioner-nhs").queryParam("entity", "award").queryParam("id", awardId).get("/api/audit/commissioning")
                .then().statusCode(404);
        anonymous().queryParam("entity", "measurement").queryParam("id", measurementId).get("/api/audit/outcomes")
                .then().statusCode(401);
    }

    private static Response audit(String service, String entity, String id) {
        Response response = as("auditor").queryParam("entity", entity).queryParam("id", id).queryParam("size", 100)
                .get("/api/audit/" + service);
        response.then().statusCode(200);
        return response;
    }

    @Test
    @Order(18)
    void eachServicesMetricsCountedTheStory() {
        // Read straight from each copy of each service, as Prometheus does, and summed over the copies (each counts
        // what it did itself); counters are kept since each copy started.
        assertTrue(Platform.total("commissioning", "platform_opportunities_published_total") >= 1, "an opportunity published");
        assertTrue(Platform.total("commissioning", "platform_awards_total", "outcome", "active") >= 1, "an award active");
        assertTrue(Platform.total("commissioning", "platform_awards_total", "outcome", "cancelled") >= 2,
                "two awards cancelled");
        assertTrue(Platform.total("commissioning", "platform_awards_total", "outcome", "standstill") >= 2,
                "two standstills");
        assertTrue(Platform.total("commissioning", "platform_awards_total", "outcome", "suspended") >= 1,
                "a challenged award");

        assertTrue(Platform.total("bidding", "platform_bids_submitted_total") >= 2, "two bids submitted");

        // The story's fund is new: its amounts are exactly the story's.
        // Two awards reserved the money; the first was contracted, paid in part and cancelled, the second was
        // cancelled in its standstill when the challenge was upheld.
        assertEquals(480000.0, Platform.total("budgets", "platform_money_reserved_pounds_total", "fund", fundId));
        assertEquals(240000.0, Platform.total("budgets", "platform_money_committed_pounds_total", "fund", fundId));
        assertEquals(50000.0, Platform.total("budgets", "platform_money_paid_pounds_total", "fund", fundId));
        assertEquals(430000.0, Platform.total("budgets", "platform_money_released_pounds_total", "fund", fundId));

        assertTrue(Platform.total("outcomes", "platform_measurements_recorded_total") >= 1, "a measurement recorded");

        for (String service : Platform.SERVICES) {
            for (Scrape copy : Platform.scrapes(service)) {
                assertTrue(copy.has("platform_outbox_pending"), "the outbox backlog is measured");
                assertTrue(copy.has("kafka_consumer_fetch_manager_records_lag_max"), "consumer lag is measured");
            }
        }
        // The gateway's metrics are for operators, on its management interface (loopback, GATEWAY_MANAGEMENT_PORT).
        Scrape gateway = Scrape.of(Platform.url("gateway_management") + "/q/metrics");
        assertTrue(gateway.value("http_server_requests_seconds_count", "uri", "/api/opportunities/**") >= 1,
                "the gateway counts requests by route");
    }

    @Test
    @Order(19)
    void theDeadlineCloserClosedTheOpportunityOnceAndEveryEventOfTheStoryReachedKafkaOnce() {
        // However many copies of commissioning ran the deadline job, one closed the opportunity.
        String closed = EventTypes.typeOf(OpportunityClosed.class);
        assertEquals(1, Delivery.inOutbox("commissioning", opportunityId).stream()
                .filter(event -> event.type().equals(closed)).count(), "one OpportunityClosed written");
        // However many copies ran the outbox relay, each event written reached Kafka exactly once.
        record Written(String service, String key) {
        }
        for (Written written : List.of(new Written("commissioning", opportunityId), new Written("commissioning", awardId),
                new Written("budgets", fundId), new Written("bidding", carersBidId))) {
            String service = written.service();
            String key = written.key();
            await().atMost(EVENTUALLY).until(() -> Delivery.pending(service, key).isEmpty());
            List<Delivery.Sent> sent = Delivery.inOutbox(service, key);
            assertFalse(sent.isEmpty(), service + " wrote events for " + key);
            List<Delivery.Sent> received = sent.stream().map(Delivery.Sent::topic).distinct()
                    .flatMap(topic -> Delivery.onKafka(topic, key).stream()).toList();
            assertEquals(sorted(sent), sorted(received), "each event of " + key + " on Kafka once, none lost");
        }
    }

    private static List<String> sorted(List<Delivery.Sent> events) {
        return events.stream().map(Delivery.Sent::id).sorted().toList();
    }

    /** Bidding learns of the opportunity from commissioning's event: until then a bid is refused, and retried. */
    private static String submitOnceOpen(String bidder, Map<String, Object> bid) {
        String key = newKey();
        return await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Response response = as(bidder, key).body(bid).post("/api/bids");
            return response.statusCode() == 201 ? response.<String>path("id") : null;
        }, notNullValue());
    }

    @Test
    @Order(18)
    void aCharityIsMailedOnceForAPublicationThatMatchesItsSavedSearchAndNotForAnother() {
        as("bidder-carers", newKey()).body(data.savedSearch()).post("/api/alerts").then().statusCode(201);
        Instant far = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(30));
        String gritting = "Winter road gritting " + UUID.randomUUID();
        Map<String, Object> other = new java.util.HashMap<>(data.opportunity(frameworkId, fundId, far, far.plusSeconds(3600)));
        other.put("title", gritting);
        other.put("description", "Salt spreading on county roads");
        publish(other);
        String matching = publish(data.opportunity(frameworkId, fundId, far, far.plusSeconds(3600)));

        String carers = data.contactEmail("Carers Network");
        String title = (String) data.opportunity(frameworkId, fundId, far, far).get("title");
        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1))
                .until(() -> as("bidder-carers").get("/api/notifications").jsonPath()
                        .getList("items.opportunityId").contains(matching));
        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() -> MailSink.count(carers, title) >= 1);
        // The mail sender runs every two seconds: a second mail, or one for the other opportunity, would be here by now.
        await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofSeconds(1))
                .until(() -> MailSink.count(carers, title) == 1 && MailSink.count(carers, gritting) == 0);
    }

    private static String publish(Map<String, Object> opportunity) {
        String id = as("commissioner-county").body(opportunity).post("/api/opportunities")
                .then().statusCode(201).extract().path("id");
        as("commissioner-county").post("/api/opportunities/" + id + "/publish").then().statusCode(200);
        return id;
    }

    private static void score(String bidId, int quality, int social, String comment) {
        as("commissioner-county").body(Map.of("scores", Map.of("quality", quality, "social", social), "comment", comment))
                .put("/api/opportunities/" + opportunityId + "/evaluations/" + bidId).then().statusCode(200);
    }

    private static String award(String amount) {
        return as("commissioner-county", newKey())
                .header("traceparent", "00-" + AWARD_TRACE + "-" + AWARD_TRACE.substring(0, 16) + "-00")
                .body(Map.of("lotId", "lot-1", "bidId", carersBidId, "amount", Map.of("amount", amount, "currency", "GBP")))
                .post("/api/opportunities/" + opportunityId + "/awards")
                .then().statusCode(202).body("status", equalTo("pending-funding")).extract().path("id");
    }

    private static String statusOfAward(String id) {
        return as("commissioner-county").get("/api/opportunities/" + opportunityId + "/awards")
                .path("items.find { it.id == '" + id + "' }.status");
    }
}
