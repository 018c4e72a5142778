package org.jointcommissioning.system;

import io.restassured.response.Response;
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
 * commissioner scores and awards, the money is reserved and committed, the contract moves its indicators.
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
    /** The trace the award request starts, sent by the caller as W3C trace context. */
    private static final String AWARD_TRACE = UUID.randomUUID().toString().replace("-", "");
    private static String measurementId;
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
    void theCommissionerAwardsTheWinnerOnceTheFundReservesTheMoney() {
        awardId = award("240000.00");
        await().atMost(EVENTUALLY).until(() -> statusOfAward(awardId), equalTo("active"));
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
    void oneTraceFollowsTheAwardFromTheGatewayThroughEveryServiceItReached() {
        assertTrue(PlatformLogs.of("gateway").contains("trace=" + AWARD_TRACE), "the gateway's access line");
        assertTrue(PlatformLogs.of("commissioning").contains("trace=" + AWARD_TRACE + " user=commissioner-county org=county-council"),
                "commissioning names who asked");
        for (String service : PlatformLogs.SERVICES) {
            assertTrue(PlatformLogs.of(service).contains("trace=" + AWARD_TRACE),
                    service + " logged nothing under the award's trace " + AWARD_TRACE);
        }
    }

    @Test
    @Order(15)
    void noTokenAndNoSealedPriceEverReachesTheLogs() {
        for (String component : PlatformLogs.APPLICATIONS) {
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
    @Order(16)
    void theAuditorReadsWhoChangedTheFundTheAwardAndTheMeasurementAndHow() {
        Response fund = audit("budgets", "fund", fundId);
        assertEquals("created", fund.path("items[-1].action"));
        assertEquals("admin", fund.path("items[-1].userName"));
        assertEquals(data.fund().get("name"), fund.<String>path("items[-1].changes.find { it.field == 'name' }.after"));

        // Made by the commissioner, activated by commissioning's consumer of the fund's answer, cancelled by the
        // commissioner in the request this story named.
        Response award = audit("commissioning", "award", awardId);
        assertEquals(List.of("changed", "changed", "created"), award.path("items.action"));
        assertEquals(List.of("commissioner-county", "commissioning-funds", "commissioner-county"),
                award.path("items.userName"));
        assertEquals("event:commissioning-funds", award.path("items[1].subject"));
        assertEquals("county-council", award.path("items[0].orgId"));
        assertEquals(CANCEL_REQUEST, award.path("items[0].requestId"));
        assertEquals(List.of("active", "cancelled"), List.of(
                award.<String>path("items[0].changes.find { it.field == 'status' }.before"),
                award.<String>path("items[0].changes.find { it.field == 'status' }.after")));
        assertEquals("240000.00", award.<String>path("items[2].changes.find { it.field == 'amount.amount' }.after"));

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
    @Order(17)
    void eachServicesMetricsCountedTheStory() {
        // Read straight from each service, as Prometheus does; counters are kept since each service started.
        Scrape commissioning = Scrape.of("http://localhost:8081/q/metrics");
        assertTrue(commissioning.value("platform_opportunities_published_total") >= 1, "an opportunity published");
        assertTrue(commissioning.value("platform_awards_total", "outcome", "active") >= 1, "an award active");
        assertTrue(commissioning.value("platform_awards_total", "outcome", "cancelled") >= 1, "an award cancelled");

        Scrape bidding = Scrape.of("http://localhost:8082/q/metrics");
        assertTrue(bidding.value("platform_bids_submitted_total") >= 2, "two bids submitted");

        // The story's fund is new: its amounts are exactly the story's.
        Scrape budgets = Scrape.of("http://localhost:8083/q/metrics");
        assertEquals(240000.0, budgets.value("platform_money_reserved_pounds_total", "fund", fundId));
        assertEquals(240000.0, budgets.value("platform_money_committed_pounds_total", "fund", fundId));
        assertEquals(50000.0, budgets.value("platform_money_paid_pounds_total", "fund", fundId));
        assertEquals(190000.0, budgets.value("platform_money_released_pounds_total", "fund", fundId));

        Scrape outcomes = Scrape.of("http://localhost:8084/q/metrics");
        assertTrue(outcomes.value("platform_measurements_recorded_total") >= 1, "a measurement recorded");

        for (Scrape service : List.of(commissioning, bidding, budgets, outcomes)) {
            assertTrue(service.has("platform_outbox_pending"), "the outbox backlog is measured");
            assertTrue(service.has("kafka_consumer_fetch_manager_records_lag_max"), "consumer lag is measured");
        }
        // The gateway's metrics are for operators, on its management interface (loopback, port 9080).
        Scrape gateway = Scrape.of("http://localhost:9080/q/metrics");
        assertTrue(gateway.value("http_server_requests_seconds_count", "uri", "/api/opportunities/**") >= 1,
                "the gateway counts requests by route");
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
