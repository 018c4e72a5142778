package org.jointcommissioning.system;

import io.restassured.response.Response;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.jointcommissioning.system.Gateway.as;
import static org.jointcommissioning.system.Gateway.newKey;

/**
 * The fixtures that the access matrix is walked against, created through the gateway as the people who would
 * create them: two funds with different members, indicators of two owners, opportunities in every state, bids of
 * two organisations. Each fixture is a name and the path parameters it fills (see contracts/access/access-rules.yaml).
 */
final class AccessFixtures {

    static final Duration EVENTUALLY = Duration.ofSeconds(60);
    /** The platform's registered ocid prefix (commissioning's OCDS_OCID_PREFIX). */
    static final String OCID_PREFIX = System.getProperty("platform.ocid-prefix", "ocds-jcp001-");

    final AccessData data = new AccessData();
    private final Map<String, Map<String, String>> fixtures = new LinkedHashMap<>();

    /** The path parameters of a fixture. */
    Map<String, String> of(String fixture) {
        Map<String, String> params = fixtures.get(fixture);
        if (params == null) {
            throw new IllegalArgumentException("No fixture " + fixture + "; there are " + fixtures.keySet());
        }
        return params;
    }

    String id(String fixture, String param) {
        return of(fixture).get(param);
    }

    AccessFixtures create() {
        partners();
        funds();
        String frameworkId = as("admin").body(data.framework()).post("/api/frameworks")
                .then().statusCode(201).extract().path("id");
        put("framework", Map.of("id", frameworkId));
        organisations();
        alerts();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant shortDeadline = now.plusSeconds(40);
        opportunities(frameworkId, now, shortDeadline);
        outcomes();
        notificationsAndFollows();
        awaitDeadline(shortDeadline);
        awardAndPay();
        years();
        return this;
    }

    private void partners() {
        for (String[] p : List.of(new String[] {"county-council", "Leicestershire County Council", "county-council"},
                new String[] {"nhs-trust", "Leicestershire Partnership NHS Trust", "nhs"},
                new String[] {"district-council", "Charnwood Borough Council", "district-council"},
                new String[] {"police", "Leicestershire Police", "police"})) {
            if (Existing.absent(as("admin"), "/api/partners/" + p[0])) {
                as("admin").body(data.partner(p[0], p[1], p[2])).post("/api/partners").then().statusCode(201);
            }
        }
        put("partner", Map.of("id", "county-council"));
    }

    private void funds() {
        String shared = fund("county-council", List.of("county-council", "nhs-trust"));
        put("shared-fund", Map.of("id", shared, "fundId", shared));
        String nhs = fund("nhs-trust", List.of("nhs-trust"));
        put("nhs-fund", Map.of("id", nhs, "fundId", nhs));
        String spare = fund("county-council", List.of("county-council", "nhs-trust"));
        put("spare-fund", Map.of("id", spare, "fundId", spare));
        String pledge = as("finance-county", newKey()).body(data.contribution("county-council", "pledge", "200000.00"))
                .post("/api/funds/" + shared + "/contributions").then().statusCode(201).extract().path("id");
        as("finance-county", newKey()).body(data.contribution("county-council", "receipt", "200000.00"))
                .post("/api/funds/" + shared + "/contributions").then().statusCode(201);
        put("shared-pledge", Map.of("fundId", shared, "contributionId", pledge));
    }

    private String fund(String host, List<String> members) {
        return as("admin").body(data.fund(host, members)).post("/api/funds").then().statusCode(201).extract().path("id");
    }

    private void organisations() {
        if (Existing.absent(as("bidder-carers"), "/api/organisations/carers-network")) {
            as("bidder-carers").body(data.organisation("Carers Network", "1123456")).post("/api/organisations")
                    .then().statusCode(201);
        }
        if (Existing.absent(as("bidder-youth"), "/api/organisations/youth-trust")) {
            as("bidder-youth").body(data.organisation("Youth Trust", "1098765")).post("/api/organisations")
                    .then().statusCode(201);
        }
        put("carers-org", Map.of("id", "carers-network"));
    }

    /** Saved before the opportunities are published, so that their publication notifies carers-network. */
    private void alerts() {
        put("carers-alert", Map.of("id", alert()));
        put("carers-deletable-alert", Map.of("id", alert()));
    }

    private String alert() {
        return as("bidder-carers", newKey()).body(data.alert()).post("/api/alerts").then().statusCode(201)
                .extract().path("id");
    }

    private void notificationsAndFollows() {
        String open = id("county-open", "id");
        as("bidder-carers").put("/api/follows/" + open).then().statusCode(200);
        put("carers-follow", Map.of("opportunityId", open));
        put("county-closed-to-follow", Map.of("opportunityId", id("county-closed", "id")));
        String[] notification = new String[1];
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).until(() -> {
            List<String> ids = as("bidder-carers").get("/api/notifications").jsonPath().getList("items.id");
            notification[0] = ids == null || ids.isEmpty() ? null : ids.get(0);
            return notification[0] != null;
        });
        put("carers-notification", Map.of("id", notification[0]));
    }

    private void opportunities(String frameworkId, Instant now, Instant shortDeadline) {
        String fund = id("shared-fund", "id");
        Instant far = now.plus(Duration.ofDays(30));
        String closed = published(data.opportunity(frameworkId, fund, now.plusSeconds(30), shortDeadline));
        put("county-closed", Map.of("id", closed));
        String carersLot1 = bid("bidder-carers", closed, "lot-1", "90000.00");
        String youthLot2 = bid("bidder-youth", closed, "lot-2", "40000.00");
        put("youth-lot-1-bid", Map.of("id", bid("bidder-youth", closed, "lot-1", "95000.00")));
        put("carers-closed-bid", Map.of("id", carersLot1, "bidId", carersLot1, "envelope", "qualification"));
        put("youth-lot-2-bid", Map.of("id", closed, "bidId", youthLot2));
        put("county-empty", Map.of("id", published(data.opportunity(frameworkId, fund, now.plusSeconds(30), shortDeadline))));

        String open = published(data.opportunity(frameworkId, fund, far, far.plusSeconds(3600)));
        put("county-open", Map.of("id", open, "ocid", OCID_PREFIX + open));
        String carersOpen = bid("bidder-carers", open, "lot-1", "95000.00");
        put("carers-open-bid", Map.of("id", carersOpen));
        put("carers-open-doc", Map.of("id", carersOpen, "documentId", document(carersOpen, "Our method statement"),
                "envelope", "qualification"));
        put("carers-withdrawable-doc", Map.of("id", carersOpen, "documentId", document(carersOpen, "A policy")));
        put("carers-withdrawable", Map.of("id", bid("bidder-carers", open, "lot-2", "45000.00")));
        String question = as("bidder-carers").body(Map.of("text", "May volunteers be trained by a partner?"))
                .post("/api/opportunities/" + open + "/questions").then().statusCode(201).extract().path("id");
        put("county-question", Map.of("id", open, "questionId", question));

        put("county-draft", Map.of("id", draft(data.opportunity(frameworkId, fund, far, far.plusSeconds(3600)))));
        put("county-publishable", Map.of("id", draft(data.opportunity(frameworkId, fund, far, far.plusSeconds(3600)))));
        put("county-cancellable", Map.of("id", published(data.opportunity(frameworkId, fund, far, far.plusSeconds(3600)))));
    }

    /** A county draft; commissioning may not have heard of the fund's members yet, so it is tried until it has. */
    private String draft(Map<String, Object> opportunity) {
        String[] id = new String[1];
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).until(() -> {
            Response response = as("commissioner-county").body(opportunity).post("/api/opportunities");
            if (response.statusCode() == 201) {
                id[0] = response.path("id");
                return true;
            }
            return false;
        });
        return id[0];
    }

    private String published(Map<String, Object> opportunity) {
        String id = draft(opportunity);
        as("commissioner-county").post("/api/opportunities/" + id + "/publish").then().statusCode(200);
        return id;
    }

    private String bid(String bidder, String opportunityId, String lotId, String price) {
        String[] id = new String[1];
        // Bidding learns of the publication through an event.
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(300)).until(() -> {
            Response response = as(bidder, newKey()).body(data.bid(opportunityId, lotId, price)).post("/api/bids");
            if (response.statusCode() == 201) {
                id[0] = response.path("id");
                return true;
            }
            return false;
        });
        return id[0];
    }

    /** A document of carers-network in the technical envelope of the bid; answers its id. */
    private String document(String bidId, String text) {
        return as("bidder-carers", newKey()).contentType(AccessData.PDF).queryParam("envelope", "technical")
                .queryParam("filename", "method.pdf").body(data.pdf(text))
                .post("/api/bids/" + bidId + "/documents").then().statusCode(201).extract().path("id");
    }

    private void outcomes() {
        String code = data.indicatorCode("COUNTY");
        as("admin").body(data.indicator(code, "county-council", List.of("district-council"))).post("/api/indicators")
                .then().statusCode(201);
        put("county-indicator", Map.of("code", code));
        String measurement = as("performance-county", newKey()).body(data.measurement("2026-27-Q1"))
                .post("/api/indicators/" + code + "/measurements").then().statusCode(201).extract().path("id");
        put("county-measurement", Map.of("code", code, "period", "2026-27-Q1", "id", measurement));
        as("performance-county").body(data.deliveryPlan()).put("/api/indicators/" + code + "/delivery-plan")
                .then().statusCode(200);
        String challenge = as("performance-nhs", newKey()).body(Map.of("question", "Is the target ambitious enough?"))
                .post("/api/indicators/" + code + "/challenges").then().statusCode(201).extract().path("id");
        put("county-challenge", Map.of("id", challenge));
        String risk = as("performance-county", newKey()).body(data.risk(code)).post("/api/risks")
                .then().statusCode(201).extract().path("id");
        put("county-risk", Map.of("id", risk));
    }

    private void awaitDeadline(Instant deadline) {
        String closed = id("county-closed", "id");
        // Closed by the clock, then both bids opened and sent to commissioning.
        await().atMost(Duration.between(Instant.now(), deadline).plus(EVENTUALLY)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    Response r = as("commissioner-county").get("/api/opportunities/" + closed + "/evaluations");
                    return r.statusCode() == 200 && r.jsonPath().getList("lots.bids.flatten()").size() >= 2;
                });
    }

    private void awardAndPay() {
        String closed = id("county-closed", "id");
        String carersBid = id("carers-closed-bid", "id");
        for (String bid : List.of(carersBid, id("youth-lot-1-bid", "id"))) {
            as("commissioner-county").body(data.scores()).put("/api/opportunities/" + closed + "/evaluations/" + bid)
                    .then().statusCode(200);
        }
        String award = as("commissioner-county", newKey()).body(data.award("lot-1", carersBid, "90000.00"))
                .post("/api/opportunities/" + closed + "/awards").then().statusCode(202).extract().path("id");
        put("county-award", Map.of("awardId", award));
        // In its standstill the youth trust, whose bid lost, challenges; the commissioner dismisses the challenge.
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).until(() -> awardStatus(closed, award),
                equalTo("standstill"));
        String challenge = as("bidder-youth", newKey()).body(Map.of("grounds", "Our volunteers were not scored"))
                .post("/api/awards/" + award + "/challenges").then().statusCode(201).extract().path("id");
        put("award-challenge", Map.of("awardId", award, "challengeId", challenge));
        as("commissioner-county").body(Map.of("decision", "dismissed", "reasons", "The scores stand"))
                .post("/api/awards/" + award + "/challenges/" + challenge + "/answer").then().statusCode(200);
        await().atMost(EVENTUALLY.plus(PlatformLauncher.STANDSTILL)).pollInterval(Duration.ofMillis(500))
                .until(() -> awardStatus(closed, award), equalTo("active"));
        String fund = id("shared-fund", "id");
        String[] payment = new String[1];
        // Budgets commits the money when it hears that the contract was announced.
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).until(() -> {
            Response r = as("finance-county", newKey()).body(data.payment(award)).post("/api/funds/" + fund + "/payments");
            payment[0] = r.statusCode() == 201 ? r.path("id") : null;
            return payment[0] != null;
        });
        put("shared-payment", Map.of("fundId", fund, "paymentId", payment[0]));
    }

    /**
     * Financial years: shared-fund's 2020-21 (money pledged in it) closed with an underspend and 2021-22 open with
     * a line the county award's commitment is put on; spare-fund's 2020-21 closed with cash to return; nhs-fund's
     * 2020-21 open, for closing.
     */
    private void years() {
        String shared = id("shared-fund", "id");
        String spare = id("spare-fund", "id");
        String nhs = id("nhs-fund", "id");
        pastYear("finance-county", shared, "county-council");
        pastYear("finance-county", spare, "county-council");
        openYear("finance-nhs", nhs, "2020-21");
        openYear("finance-county", shared, "2021-22");
        close("finance-county", shared);
        close("finance-county", spare);
        as("finance-county").body(Map.of("name", "Care at home", "budget", Map.of("amount", "100000.00",
                "currency", "GBP"))).put("/api/funds/" + shared + "/years/2021-22/lines/care").then().statusCode(200);
        String award = id("county-award", "awardId");
        as("finance-county").body(data.commitmentPlan()).put("/api/funds/" + shared + "/commitments/" + award)
                .then().statusCode(200);
        put("shared-year", Map.of("fundId", shared, "year", "2021-22", "line", "care"));
        put("shared-closed-year", Map.of("fundId", shared, "year", "2020-21"));
        put("shared-commitment", Map.of("fundId", shared, "awardId", award));
        put("spare-closed-year", Map.of("fundId", spare, "year", "2020-21"));
        put("nhs-closable-year", Map.of("fundId", nhs, "year", "2020-21"));
    }

    /** 2020-21 opened on a fund, with 10.00 pledged and paid in during it. */
    private void pastYear(String financeManager, String fundId, String partner) {
        openYear(financeManager, fundId, "2020-21");
        for (String kind : List.of("pledge", "receipt")) {
            Map<String, Object> body = new HashMap<>(data.contribution(partner, kind, "10.00"));
            body.put("date", "2020-04-01");
            as(financeManager, newKey()).body(body).post("/api/funds/" + fundId + "/contributions").then()
                    .statusCode(201);
        }
    }

    private void openYear(String financeManager, String fundId, String year) {
        as(financeManager, newKey()).body(Map.of("year", year)).post("/api/funds/" + fundId + "/years").then()
                .statusCode(201);
    }

    private void close(String financeManager, String fundId) {
        as(financeManager, newKey()).post("/api/funds/" + fundId + "/years/2020-21/close").then().statusCode(200);
    }

    private static String awardStatus(String opportunityId, String awardId) {
        return as("commissioner-county").get("/api/opportunities/" + opportunityId + "/awards")
                .path("items.find { it.id == '" + awardId + "' }.status");
    }

    private void put(String name, Map<String, String> params) {
        fixtures.put(name, new HashMap<>(params));
    }
}
