package org.jointcommissioning.commissioning;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.jointcommissioning.commissioning.domain.Award;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.service.AwardService;
import org.jointcommissioning.commissioning.support.Db;
import org.jointcommissioning.commissioning.support.Fixtures;
import org.jointcommissioning.commissioning.support.Journey;
import org.jointcommissioning.common.changes.ChangeCursor;
import org.jointcommissioning.testing.changes.ChangeFeedReader;
import org.jointcommissioning.testing.changes.ChangeFeedReader.Page;
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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The awards' change feed: every award made and every change of its status, of the caller's partner's opportunities,
 * as the API shows the award, read on from a cursor, exactly once each even while many commissioners act at once.
 */
@QuarkusTest
class AwardChangeFeedResourceTest {

    private static final String FEED = "/api/changes/commissioning";
    private static final ChangeFeedReader READER = new ChangeFeedReader(FEED);
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

        Page read = READER.readAllShowing(null, "award.id", awardId);
        List<Map<String, Object>> made = read.where("award.id", awardId);
        assertEquals(1, made.size());
        assertEquals("made", made.get(0).get("change"));
        assertEquals("county-council", made.get(0).get("ownerOrgId"));
        Map<String, Object> listed = given().get("/api/opportunities/" + id + "/awards").then().statusCode(200)
                .extract().jsonPath().getMap("items[0]");
        assertEquals(listed, made.get(0).get("award"), "the award as the API shows it");

        Journey.fundsReserved(UUID.randomUUID().toString(), awardId, Fixtures.fundOf(id), "900.00");
        Page funded = READER.readUntil(read.next(),
                items -> !new Page(items, null).where("award.id", awardId).isEmpty(), 100, ChangeCursor::compare);
        // Into its standstill, and active in the same transaction when the standstill is already over (it has no
        // working days, but the test clock may stand on a weekend).
        List<String> afterFunding = statuses(funded.where("award.id", awardId));
        assertTrue(List.of(List.of("standstill"), List.of("standstill", "active")).contains(afterFunding),
                "every status, in order: " + afterFunding);
        assertTrue(funded.where("award.id", awardId).stream().allMatch(c -> "status-changed".equals(c.get("change"))));

        given().contentType(ContentType.JSON).body(Map.of("reason", "Provider withdrew"))
                .post("/api/awards/" + awardId + "/cancel").then().statusCode(200);
        Page cancelled = READER.readAllShowing(funded.next(), "award.id", awardId);
        assertEquals(List.of("cancelled"), statuses(cancelled.where("award.id", awardId)),
                "only the change after the cursor");
        // Other tests' changes may land on the shared server meanwhile: only this award's are counted.
        Page nothingNew = READER.readAll(cancelled.next());
        assertTrue(nothingNew.where("award.id", awardId).isEmpty(), "nothing new of this award");
        if (nothingNew.items().isEmpty()) {
            assertEquals(cancelled.next(), nothingNew.next(), "caught up: the same cursor to poll with");
        }
    }

    @Test
    @TestSecurity(user = "nina", roles = "commissioner")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "nhs-trust"))
    void anotherPartnersCommissionerSeesNoneOfAnAwardsChanges() {
        String county = withdrawnAward(Fixtures.COUNTY);
        String nhs = withdrawnAward(Fixtures.NHS);

        Page all = READER.readAllShowing(null, "award.id", nhs);
        assertTrue(all.where("award.id", county).isEmpty(), "nothing of another partner's award");
        assertEquals(List.of("cancelled"), statuses(all.where("award.id", nhs)));
        assertTrue(all.items().stream().allMatch(c -> "nhs-trust".equals(c.get("ownerOrgId"))));
    }

    @Test
    @TestSecurity(user = "bea", roles = "bidder")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "carers-network"))
    void onlyCommissionersAdminsAndAuditorsReadTheFeed() {
        READER.assertForbidden();
    }

    @Test
    @TestSecurity(user = "aud", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void aForgedCursorOrAnOversizedPageIsAProblem() {
        READER.assertRefusesBadParameters();
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

        Page read = READER.readUntil(null, items -> writers.isTerminated()
                && items.stream().filter(c -> opportunities.contains(Page.field(c, "award.opportunityId"))).count()
                        >= WRITERS * AWARDS_EACH * 2,
                10, ChangeCursor::compare);
        assertTrue(writers.awaitTermination(2, TimeUnit.MINUTES));
        for (Future<?> writer : done) {
            writer.get();
        }

        List<String> changes = read.items().stream()
                .filter(c -> opportunities.contains(Page.field(c, "award.opportunityId")))
                .map(c -> Page.field(c, "award.id") + " " + c.get("change") + " " + Page.field(c, "award.status"))
                .toList();
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
        return changes.stream().map(c -> (String) Page.field(c, "award.status")).toList();
    }
}
