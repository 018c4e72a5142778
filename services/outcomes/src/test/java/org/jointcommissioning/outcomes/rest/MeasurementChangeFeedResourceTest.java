package org.jointcommissioning.outcomes.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.common.changes.ChangeCursor;
import org.jointcommissioning.outcomes.Fixtures;
import org.jointcommissioning.testing.changes.ChangeFeedReader;
import org.jointcommissioning.testing.changes.ChangeFeedReader.Page;
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

import static org.jointcommissioning.outcomes.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The measurements' change feed: every measurement of the indicators the caller's partner delivers, as the API shows
 * it, read on from a cursor, exactly once each even while many officers report at the same time.
 */
@QuarkusTest
class MeasurementChangeFeedResourceTest {

    private static final String FEED = "/api/changes/outcomes";
    private static final ChangeFeedReader READER = new ChangeFeedReader(FEED);
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

        Page read = READER.readAllShowing(null, "indicatorCode", code);
        List<Map<String, Object>> changes = read.where("indicatorCode", code);
        assertEquals(1, changes.size());
        assertEquals("recorded", changes.get(0).get("change"));
        assertEquals(recorded, changes.get(0).get("measurement"), "the measurement as the API shows it");

        // Other tests' changes may land on the shared server meanwhile: only this indicator's are counted.
        Page nothingNew = READER.readAll(read.next());
        assertTrue(nothingNew.where("indicatorCode", code).isEmpty(), "nothing new of this indicator");
        if (nothingNew.items().isEmpty()) {
            assertEquals(read.next(), nothingNew.next(), "caught up: the same cursor to poll with");
        }

        Map<String, Object> revision = report(code, "2026-27", 151);
        List<Map<String, Object>> later = READER.readAllShowing(read.next(), "indicatorCode", code)
                .where("indicatorCode", code);
        assertEquals(1, later.size(), "only the change made after the cursor");
        assertEquals(revision.get("id"), ((Map<?, ?>) later.get(0).get("measurement")).get("id"));
        assertEquals(2, ((Map<?, ?>) later.get(0).get("measurement")).get("revision"));
    }

    @Test
    @TestSecurity(user = "pip", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "police"))
    void anotherPartnersOfficerSeesNoneOfAnIndicatorsMeasurements() {
        String code = fixtures.indicatorWithContributors("county-council", "district-council");
        fixtures.measure(code, "2026-27", "150");
        String own = fixtures.indicator("police");
        fixtures.measure(own, "2026-27", "150");

        Page all = READER.readAllShowing(null, "indicatorCode", own);
        assertTrue(all.where("indicatorCode", code).isEmpty(), "nothing of an indicator the partner does not deliver");
        assertEquals(1, all.where("indicatorCode", own).size());
    }

    @Test
    @TestSecurity(user = "dee", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "district-council"))
    void aContributorsOfficerSeesTheIndicatorsMeasurements() {
        String code = fixtures.indicatorWithContributors("county-council", "district-council");
        fixtures.measure(code, "2026-27", "150");
        assertEquals(1, READER.readAllShowing(null, "indicatorCode", code).where("indicatorCode", code).size());
    }

    @Test
    @TestSecurity(user = "fay", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void onlyPerformanceOfficersAdminsAndAuditorsReadTheFeed() {
        READER.assertForbidden();
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void aForgedCursorOrAnOversizedPageIsAProblem() {
        READER.assertRefusesBadParameters();
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

        Page read = READER.readUntil(null, items -> writers.isTerminated()
                && items.stream().filter(i -> codes.contains(i.get("indicatorCode"))).count() >= WRITERS * WRITES_EACH,
                10, ChangeCursor::compare);
        assertTrue(writers.awaitTermination(1, TimeUnit.MINUTES));
        for (Future<?> writer : done) {
            writer.get();
        }

        List<String> seenIds = read.items().stream().filter(i -> codes.contains(i.get("indicatorCode")))
                .map(i -> (String) Page.field(i, "measurement.id")).toList();
        assertEquals(WRITERS * WRITES_EACH, recorded.size());
        assertEquals(seenIds.size(), new HashSet<>(seenIds).size(), "no measurement read twice");
        assertEquals(new HashSet<>(recorded), new HashSet<>(seenIds), "every measurement read");
    }

    private static Map<String, Object> report(String code, String period, Number value) {
        return json().body(Map.of("period", period, "value", value, "dataQuality", "validated", "source", "Returns"))
                .post("/api/indicators/" + code + "/measurements").then().statusCode(201).extract().jsonPath()
                .getMap("");
    }
}
