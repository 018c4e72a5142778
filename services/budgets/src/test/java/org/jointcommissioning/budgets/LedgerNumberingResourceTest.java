package org.jointcommissioning.budgets;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each fund numbers its own ledger 1, 2, 3..., so its numbers tell nothing of other funds' activity. */
@QuarkusTest
@TestSecurity(user = "auditor", roles = "auditor")
@OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
class LedgerNumberingResourceTest {

    @Inject
    TestFunds funds;

    @Test
    void entriesAreNumberedWithinTheirFund() {
        String first = funds.fund();
        String second = funds.fund();
        funds.pledged(first, "county-council", "10.00");
        funds.pledged(second, "county-council", "20.00");
        funds.paidIn(first, "county-council", "30.00");
        funds.pledged(second, "county-council", "40.00");

        assertEquals(List.of(1, 2, 3), numbers(first));
        assertEquals(List.of(1, 2), numbers(second));
    }

    @Test
    void concurrentPostingsNeverShareANumber() throws Exception {
        String fundId = funds.fund();
        funds.pledged(fundId, "county-council", "1.00");
        ExecutorService posters = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> posted = new ArrayList<>();
            for (int i = 1; i < 40; i++) {
                posted.add(posters.submit(() -> funds.pledged(fundId, "county-council", "1.00")));
            }
            for (Future<?> post : posted) {
                post.get();
            }
        } finally {
            posters.shutdownNow();
        }
        assertEquals(IntStream.rangeClosed(1, 40).boxed().toList(), numbers(fundId));
    }

    private static List<Integer> numbers(String fundId) {
        return given().queryParam("size", 100).get("/api/funds/{id}/ledger", fundId).then().statusCode(200)
                .extract().jsonPath().getList("items.number", Integer.class);
    }
}
