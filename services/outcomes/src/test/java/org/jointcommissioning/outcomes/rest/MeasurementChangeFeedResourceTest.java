package org.jointcommissioning.outcomes.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.jointcommissioning.common.changes.ChangeCursor;
import org.jointcommissioning.outcomes.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.jointcommissioning.outcomes.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The measurements' change feed: every measurement of the indicators the caller's partner delivers, as the API shows
 * it, read on from a cursor, exactly once each even while many officers report at the same time.
 */
@QuarkusTest
class MeasurementChangeFeedResourceTest {

    private static final String FEED = "/api/changes/outcomes";
    private static final int WRITERS = 8;
    private static final int WRITES_EACH = 12;

    @Inject
    Fixtures fixtures;

    @Test
    @TestSecurity(user = "olu", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void aMeasurementAppearsAsTheApiShowsItAndResumingGivesOnlyLaterOnes() {
        String code = fixtures.indicator("county-council");
        Map<String, Object> recorded = report(code, "2026-27", 150.5);

        Feed read = Feed.readAll(null);
        List<Map<String, Object>> changes = read.of(code);
        assertEquals(1, changes.size());
        assertEquals("recorded", changes.get(0).get("change"));
        assertEquals(recorded, changes.get(0).get("measurement"), "the measurement as the API shows it");

        Feed nothingNew = Feed.readAll(read.next);
        assertTrue(nothingNew.items.isEmpty());
        assertEquals(read.next, nothingNew.next, "caught up: the same cursor to poll with");

        Map<String, Object> revision = report(code, "2026-27", 151);
        Feed later = Feed.readAll(read.next);
        assertEquals(1, later.items.size(), "only the change made after the cursor");
        assertEquals(code, later.items.get(0).get("indicatorCode"));
        assertEquals(revision.get("id"), ((Map<?, ?>) later.items.get(0).get("measurement")).get("id"));
        assertEquals(2, ((Map<?, ?>) later.items.get(0).get("measurement")).get("revision"));
    }

    @Test
    @TestSecurity(user = "pip", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "police"))
    void anotherPartnersOfficerSeesNoneOfAnIndicatorsMeasurements() {
        String code = fixtures.indicatorWithContributors("county-council", "district-council");
        fixtures.measure(code, "2026-27", "150");
        String own = fixtures.indicator("police");
        fixtures.measure(own, "2026-27", "150");

        Feed all = Feed.readAll(null);
        assertTrue(all.of(code).isEmpty(), "nothing of an indicator the partner does not deliver");
        assertEquals(1, all.of(own).size());
    }

    @Test
    @TestSecurity(user = "dee", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "district-council"))
    void aContributorsOfficerSeesTheIndicatorsMeasurements() {
        String code = fixtures.indicatorWithContributors("county-council", "district-council");
        fixtures.measure(code, "2026-27", "150");
        assertEquals(1, Feed.readAll(null).of(code).size());
    }

    @Test
    @TestSecurity(user = "fay", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void onlyPerformanceOfficersAdminsAndAuditorsReadTheFeed() {
        given().get(FEED).then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void aForgedCursorOrAnOversizedPageIsAProblem() {
        given().queryParam("cursor", "not-a-cursor").get(FEED).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        given().queryParam("size", 101).get(FEED).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
    }

    @Test
    @TestSecurity(user = "olu", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void parallelWritersAreReadExactlyOnceWithoutGaps() throws Exception {
        List<String> codes = List.of(fixtures.indicator("county-council"), fixtures.indicator("county-council"),
                fixtures.indicator("county-council"), fixtures.indicator("county-council"));
        List<String> recorded = Collections.synchronizedList(new ArrayList<>());
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            String code = codes.get(w % codes.size());
            done.add(writers.submit(() -> {
                for (int i = 0; i < WRITES_EACH; i++) {
                    recorded.add((String) report(code, "2026-27-Q" + (1 + i % 4), 100 + i).get("id"));
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
        assertTrue(writers.awaitTermination(1, TimeUnit.MINUTES));
        for (Future<?> writer : done) {
            writer.get();
        }

        List<String> seenIds = seen.stream().filter(i -> codes.contains(i.get("indicatorCode")))
                .map(i -> (String) ((Map<?, ?>) i.get("measurement")).get("id")).toList();
        assertEquals(WRITERS * WRITES_EACH, recorded.size());
        assertEquals(seenIds.size(), new HashSet<>(seenIds).size(), "no measurement read twice");
        assertEquals(new HashSet<>(recorded), new HashSet<>(seenIds), "every measurement read");
        assertFalse(seenIds.isEmpty());
    }

    private static Map<String, Object> report(String code, String period, Number value) {
        return json().body(Map.of("period", period, "value", value, "dataQuality", "validated", "source", "Returns"))
                .post("/api/indicators/" + code + "/measurements").then().statusCode(201).extract().jsonPath()
                .getMap("");
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

        List<Map<String, Object>> of(String code) {
            return items.stream().filter(i -> code.equals(i.get("indicatorCode"))).toList();
        }
    }
}
