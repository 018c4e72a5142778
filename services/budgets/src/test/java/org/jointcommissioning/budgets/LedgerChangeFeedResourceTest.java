package org.jointcommissioning.budgets;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.jointcommissioning.common.changes.ChangeCursor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ledger's change feed: every journal entry of the caller's partner's funds, as the ledger shows it, read on
 * from a cursor, exactly once each even while many writers post at the same time.
 */
@QuarkusTest
class LedgerChangeFeedResourceTest {

    private static final String FEED = "/api/changes/budgets";
    private static final int WRITERS = 8;
    private static final int WRITES_EACH = 12;

    @Inject
    TestFunds funds;

    @Test
    @TestSecurity(user = "fm-county", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void anEntryAppearsAsTheLedgerShowsItAndResumingGivesOnlyLaterOnes() {
        String fundId = funds.fund();
        Api.contribute(fundId, UUID.randomUUID().toString(), Api.contribution("county-council", "pledge", "250.00"))
                .statusCode(201);

        Feed read = Feed.readAll(null);
        Map<String, Object> change = read.of(fundId).get(0);
        assertEquals("posted", change.get("change"));
        Map<String, Object> ledgerEntry = given().get("/api/funds/{id}/ledger", fundId).then().statusCode(200)
                .extract().jsonPath().getMap("items[0]");
        assertEquals(ledgerEntry, change.get("entry"), "the entry as the ledger shows it");
        assertEquals("pledge", ((Map<?, ?>) change.get("entry")).get("cause"));

        Feed nothingNew = Feed.readAll(read.next);
        assertTrue(nothingNew.items.isEmpty());
        assertEquals(read.next, nothingNew.next, "caught up: the same cursor to poll with");

        Api.contribute(fundId, UUID.randomUUID().toString(), Api.contribution("county-council", "pledge", "5.00"))
                .statusCode(201);
        Feed later = Feed.readAll(read.next);
        assertEquals(1, later.items.size(), "only the change made after the cursor");
        assertEquals(fundId, later.items.get(0).get("fundId"));
        assertEquals(2, ((Map<?, ?>) later.items.get(0).get("entry")).get("number"));
    }

    @Test
    @TestSecurity(user = "fm-police", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "police"))
    void anotherPartnersPeopleSeeNoneOfAFundsChanges() {
        String countyFund = funds.fund();
        funds.paidIn(countyFund, "county-council", "1000.00");
        String policeFund = funds.fundWithMembers("police");
        funds.pledged(policeFund, "police", "10.00");

        Feed all = Feed.readAll(null);
        assertTrue(all.of(countyFund).isEmpty(), "nothing of a fund the partner is not a member of");
        assertFalse(all.of(policeFund).isEmpty());
        assertTrue(all.items.stream().allMatch(i -> !countyFund.equals(i.get("fundId"))));
    }

    @Test
    @TestSecurity(user = "commissioner", roles = "commissioner")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void onlyFinanceManagersAdminsAndAuditorsReadTheFeed() {
        Api.assertProblem(given().get(FEED).then(), 403, null);
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void aForgedCursorOrAnOversizedPageIsAProblem() {
        Api.assertProblem(given().queryParam("cursor", "not-a-cursor").get(FEED).then(), 400, "cursor");
        Api.assertProblem(given().queryParam("size", 101).get(FEED).then(), 400, "size");
        Api.assertProblem(given().queryParam("size", 0).get(FEED).then(), 400, "size");
    }

    @Test
    @TestSecurity(user = "fm-county", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void parallelWritersAreReadExactlyOnceWithoutGaps() throws Exception {
        List<String> fundIds = new ArrayList<>();
        List<String> awardIds = new ArrayList<>();
        for (int f = 0; f < 4; f++) {
            String fundId = funds.fund();
            funds.paidIn(fundId, "county-council", "100000.00");
            fundIds.add(fundId);
            awardIds.add(funds.committedAward(fundId, "50000.00"));
        }
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            String fundId = fundIds.get(w % fundIds.size());
            String awardId = awardIds.get(w % fundIds.size());
            boolean pays = w % 2 == 1;
            done.add(writers.submit(() -> {
                for (int i = 0; i < WRITES_EACH; i++) {
                    String key = UUID.randomUUID().toString();
                    if (pays) {
                        Api.pay(fundId, key, Api.payment(awardId, "1.00")).statusCode(201);
                    } else {
                        Api.contribute(fundId, key, Api.contribution("county-council", "pledge", "1.00"))
                                .statusCode(201);
                    }
                }
            }));
        }
        writers.shutdown();

        List<Map<String, Object>> seen = new ArrayList<>();
        String cursor = null;
        ChangeCursor last = ChangeCursor.START;
        boolean writing = true;
        while (writing) {
            writing = !writers.isTerminated();
            Feed page = Feed.page(cursor, 10);
            seen.addAll(page.items);
            ChangeCursor next = ChangeCursor.of(page.next, "next");
            if (!page.items.isEmpty()) {
                assertTrue(after(next, last), "pages follow one another in (txid, seq) order");
                last = next;
            } else {
                assertEquals(last, next);
            }
            cursor = page.next;
            writing = writing || page.items.size() == 10;
        }
        assertTrue(writers.awaitTermination(1, TimeUnit.MINUTES));
        for (Future<?> writer : done) {
            writer.get();
        }
        seen.addAll(Feed.readAll(cursor).items);

        for (String fundId : fundIds) {
            List<Long> numbers = seen.stream().filter(i -> fundId.equals(i.get("fundId")))
                    .map(i -> ((Number) ((Map<?, ?>) i.get("entry")).get("number")).longValue()).toList();
            long total = given().get("/api/funds/{id}/ledger", fundId).then().statusCode(200)
                    .extract().jsonPath().getLong("total");
            assertEquals(numbers.size(), new HashSet<>(numbers).size(), "no entry read twice in fund " + fundId);
            Set<Long> expected = LongStream.rangeClosed(1, total).boxed().collect(Collectors.toSet());
            assertEquals(expected, new HashSet<>(numbers), "every entry of fund " + fundId + " read");
        }
        assertTrue(seen.size() >= WRITERS * WRITES_EACH);
    }

    private static boolean after(ChangeCursor next, ChangeCursor last) {
        return next.txid() > last.txid() || (next.txid() == last.txid() && next.seq() > last.seq());
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

        List<Map<String, Object>> of(String fundId) {
            return items.stream().filter(i -> fundId.equals(i.get("fundId"))).toList();
        }
    }
}
