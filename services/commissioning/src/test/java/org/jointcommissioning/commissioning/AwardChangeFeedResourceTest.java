package org.jointcommissioning.commissioning;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.jointcommissioning.commissioning.domain.Award;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.service.AwardService;
import org.jointcommissioning.commissioning.support.Db;
import org.jointcommissioning.commissioning.support.Fixtures;
import org.jointcommissioning.commissioning.support.Journey;
import org.jointcommissioning.common.changes.ChangeCursor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The awards' change feed: every award made and every change of its status, of the caller's partner's opportunities,
 * as the API shows the award, read on from a cursor, exactly once each even while many commissioners act at once.
 */
@QuarkusTest
class AwardChangeFeedResourceTest {

    private static final String FEED = "/api/changes/commissioning";
    private static final int WRITERS = 8;
    private static final int AWARDS_EACH = 5;

    @Inject
    AwardService awards;

    @Test
    @TestSecurity(user = "cara", roles = "commissioner")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void everyStatusOfAnAwardAppearsAsTheApiShowsItAndResumingGivesOnlyLaterOnes() {
        String id = scoredOpportunity(Fixtures.COUNTY);
        String awardId = Journey.award(id, id + "-a", "900.00");

        Feed read = Feed.readAll(null);
        List<Map<String, Object>> made = read.of(awardId);
        assertEquals(1, made.size());
        assertEquals("made", made.get(0).get("change"));
        assertEquals("county-council", made.get(0).get("ownerOrgId"));
        Map<String, Object> listed = given().get("/api/opportunities/" + id + "/awards").then().statusCode(200)
                .extract().jsonPath().getMap("items[0]");
        assertEquals(listed, made.get(0).get("award"), "the award as the API shows it");

        Journey.fundsReserved(UUID.randomUUID().toString(), awardId, Fixtures.fundOf(id), "900.00");
        // The feed waits for every older transaction on the database server to end: give it longer than an event.
        await().atMost(Journey.WAIT.multipliedBy(4)).until(() -> Feed.readAll(read.next).of(awardId).size() == 2);
        Feed funded = Feed.readAll(read.next);
        assertEquals(List.of("standstill", "active"), statuses(funded.of(awardId)), "every status, in order");
        assertEquals(List.of("status-changed", "status-changed"),
                funded.of(awardId).stream().map(c -> c.get("change")).toList());

        given().contentType(ContentType.JSON).body(Map.of("reason", "Provider withdrew"))
                .post("/api/awards/" + awardId + "/cancel").then().statusCode(200);
        Feed cancelled = Feed.readAll(funded.next);
        assertEquals(List.of("cancelled"), statuses(cancelled.of(awardId)), "only the change after the cursor");
        assertTrue(Feed.readAll(cancelled.next).items.isEmpty());
        assertEquals(cancelled.next, Feed.readAll(cancelled.next).next, "caught up: the same cursor to poll with");
    }

    @Test
    @TestSecurity(user = "nina", roles = "commissioner")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "nhs-trust"))
    void anotherPartnersCommissionerSeesNoneOfAnAwardsChanges() {
        String county = withdrawnAward(Fixtures.COUNTY);
        String nhs = withdrawnAward(Fixtures.NHS);

        Feed all = Feed.readAll(null);
        assertTrue(all.of(county).isEmpty(), "nothing of another partner's award");
        assertEquals(List.of("cancelled"), statuses(all.of(nhs)));
        assertTrue(all.items.stream().allMatch(c -> "nhs-trust".equals(c.get("ownerOrgId"))));
    }

    @Test
    @TestSecurity(user = "bea", roles = "bidder")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "carers-network"))
    void onlyCommissionersAdminsAndAuditorsReadTheFeed() {
        given().get(FEED).then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    @TestSecurity(user = "aud", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void aForgedCursorOrAnOversizedPageIsAProblem() {
        given().queryParam("cursor", "not-a-cursor").get(FEED).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        given().queryParam("size", 101).get(FEED).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
    }

    @Test
    @TestSecurity(user = "cara", roles = "commissioner")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void parallelWritersAreReadExactlyOnceWithoutGaps() throws Exception {
        List<String> opportunities = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            opportunities.add(scoredOpportunity(Fixtures.COUNTY));
        }
        List<String> expected = Collections.synchronizedList(new ArrayList<>());
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> done = new ArrayList<>();
        for (String id : opportunities) {
            done.add(writers.submit(() -> {
                for (int i = 0; i < AWARDS_EACH; i++) {
                    String awardId = Journey.award(id, id + "-a", "900.00");
                    expected.add(awardId + " made pending-funding");
                    given().contentType(ContentType.JSON).body(Map.of("reason", "Again"))
                            .post("/api/awards/" + awardId + "/cancel").then().statusCode(200);
                    expected.add(awardId + " status-changed cancelled");
                }
            }));
        }
        writers.shutdown();

        List<Map<String, Object>> seen = new ArrayList<>();
        String cursor = null;
        ChangeCursor last = ChangeCursor.START;
        boolean reading = true;
        while (reading) {
            boolean writing = !writers.isTerminated();
            Feed page = Feed.page(cursor, 10);
            seen.addAll(page.items);
            ChangeCursor next = ChangeCursor.of(page.next, "next");
            if (!page.items.isEmpty()) {
                assertTrue(next.txid() > last.txid() || (next.txid() == last.txid() && next.seq() > last.seq()),
                        "pages follow one another in (txid, seq) order");
                last = next;
            } else {
                assertEquals(last, next);
            }
            cursor = page.next;
            reading = writing || page.items.size() == 10;
        }
        assertTrue(writers.awaitTermination(2, TimeUnit.MINUTES));
        for (Future<?> writer : done) {
            writer.get();
        }

        List<String> changes = seen.stream()
                .filter(c -> opportunities.contains(((Map<?, ?>) c.get("award")).get("opportunityId")))
                .map(c -> ((Map<?, ?>) c.get("award")).get("id") + " " + c.get("change") + " "
                        + ((Map<?, ?>) c.get("award")).get("status")).toList();
        assertEquals(WRITERS * AWARDS_EACH * 2, expected.size());
        assertEquals(changes.size(), new HashSet<>(changes).size(), "no change read twice");
        assertEquals(new HashSet<>(expected), new HashSet<>(changes), "every change read");
    }

    /** A closed opportunity of the owner with one opened, scored bid, ready to award. */
    private static String scoredOpportunity(String owner) {
        String id = Fixtures.opportunity(Fixtures.framework(List.of("health-and-wellbeing"), true, 0), owner,
                OpportunityStatus.CLOSED, "Change feed", "1000.00", null, java.time.Instant.now());
        Fixtures.openedBid(id, id + "-a", "carers-network", "900.00");
        Fixtures.scored(id, id + "-a", 70, 70, "Sound");
        return id;
    }

    /** An award of the owner's, made directly, then cancelled through the use case: one change in the feed. */
    private String withdrawnAward(String owner) {
        String id = scoredOpportunity(owner);
        String awardId = Fixtures.award(id, id + "-a", "900.00");
        QuarkusTransaction.requiringNew().run(() -> awards.withdraw(Db.find(Award.class, awardId),
                Db.find(Opportunity.class, id), "Provider withdrew"));
        return awardId;
    }

    private static List<String> statuses(List<Map<String, Object>> changes) {
        return changes.stream().map(c -> (String) ((Map<?, ?>) c.get("award")).get("status")).toList();
    }

    /** What the feed answered: its items and the cursor to read on from. */
    private record Feed(List<Map<String, Object>> items, String next) {

        static Feed page(String cursor, int size) {
            var request = given().queryParam("size", size);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(FEED).then().statusCode(200).extract().jsonPath();
            return new Feed(page.getList("items"), page.getString("next"));
        }

        /** Every page from the cursor until the feed has nothing more. */
        static Feed readAll(String cursor) {
            List<Map<String, Object>> items = new ArrayList<>();
            Feed page;
            do {
                page = page(cursor, 100);
                items.addAll(page.items);
                cursor = page.next;
            } while (page.items.size() == 100);
            return new Feed(items, cursor);
        }

        List<Map<String, Object>> of(String awardId) {
            return items.stream().filter(c -> awardId.equals(((Map<?, ?>) c.get("award")).get("id"))).toList();
        }
    }
}
