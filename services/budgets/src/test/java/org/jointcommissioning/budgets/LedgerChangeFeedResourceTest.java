package org.jointcommissioning.budgets;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.common.changes.ChangeCursor;
import org.jointcommissioning.testing.changes.ChangeFeedReader;
import org.jointcommissioning.testing.changes.ChangeFeedReader.Page;
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
    private static final ChangeFeedReader READER = new ChangeFeedReader(FEED);
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

        Page read = READER.readAllShowing(null, "fundId", fundId);
        Map<String, Object> change = read.where("fundId", fundId).get(0);
        assertEquals("posted", change.get("change"));
        Map<String, Object> ledgerEntry = given().get("/api/funds/{id}/ledger", fundId).then().statusCode(200)
                .extract().jsonPath().getMap("items[0]");
        assertEquals(ledgerEntry, change.get("entry"), "the entry as the ledger shows it");
        assertEquals("pledge", ((Map<?, ?>) change.get("entry")).get("cause"));

        // Other tests' changes may land on the shared server meanwhile: only this fund's are counted.
        Page nothingNew = READER.readAll(read.next());
        assertTrue(nothingNew.where("fundId", fundId).isEmpty(), "nothing new of this fund");
        if (nothingNew.items().isEmpty()) {
            assertEquals(read.next(), nothingNew.next(), "caught up: the same cursor to poll with");
        }

        Api.contribute(fundId, UUID.randomUUID().toString(), Api.contribution("county-council", "pledge", "5.00"))
                .statusCode(201);
        Page later = READER.readAllShowing(read.next(), "fundId", fundId);
        assertEquals(1, later.items().size(), "only the change made after the cursor");
        assertEquals(fundId, later.items().get(0).get("fundId"));
        assertEquals(2, ((Map<?, ?>) later.items().get(0).get("entry")).get("number"));
    }

    @Test
    @TestSecurity(user = "fm-police", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "police"))
    void anotherPartnersPeopleSeeNoneOfAFundsChanges() {
        String countyFund = funds.fund();
        funds.paidIn(countyFund, "county-council", "1000.00");
        String policeFund = funds.fundWithMembers("police");
        funds.pledged(policeFund, "police", "10.00");

        Page all = READER.readAllShowing(null, "fundId", policeFund);
        assertTrue(all.where("fundId", countyFund).isEmpty(), "nothing of a fund the partner is not a member of");
        assertFalse(all.where("fundId", policeFund).isEmpty());
    }

    @Test
    @TestSecurity(user = "commissioner", roles = "commissioner")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void onlyFinanceManagersAdminsAndAuditorsReadTheFeed() {
        READER.assertForbidden();
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void aForgedCursorOrAnOversizedPageIsAProblem() {
        READER.assertRefusesBadParameters();
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

        Page read = READER.readUntil(null, items -> writers.isTerminated()
                && items.stream().filter(i -> fundIds.contains(i.get("fundId"))).count() >= WRITERS * WRITES_EACH,
                10, ChangeCursor::compare);
        assertTrue(writers.awaitTermination(1, TimeUnit.MINUTES));
        for (Future<?> writer : done) {
            writer.get();
        }
        for (String fundId : fundIds) {
            List<Long> numbers = read.where("fundId", fundId).stream()
                    .map(i -> ((Number) Page.field(i, "entry.number")).longValue()).toList();
            long total = given().get("/api/funds/{id}/ledger", fundId).then().statusCode(200)
                    .extract().jsonPath().getLong("total");
            assertEquals(numbers.size(), new HashSet<>(numbers).size(), "no entry read twice in fund " + fundId);
            Set<Long> expected = LongStream.rangeClosed(1, total).boxed().collect(Collectors.toSet());
            assertEquals(expected, new HashSet<>(numbers), "every entry of fund " + fundId + " read");
        }
    }
}
