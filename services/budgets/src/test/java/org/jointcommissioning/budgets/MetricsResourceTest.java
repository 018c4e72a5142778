package org.jointcommissioning.budgets;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.testing.metrics.ExportedMetrics;
import org.jointcommissioning.testing.metrics.Scrape;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Money reserved, committed and paid, and a contribution, move the board's counters by fund. */
@QuarkusTest
@TestSecurity(user = "fm-county", roles = "finance-manager")
@OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
class MetricsResourceTest {

    @Inject
    TestFunds funds;

    @Test
    void moneyMovementsAndContributionsAreCountedByFund() {
        String fundId = funds.fund();
        funds.paidIn(fundId, "county-council", "100000.00");

        String awardId = funds.committedAward(fundId, "50000.00");
        Api.pay(fundId, UUID.randomUUID().toString(), Api.payment(awardId, "10000.00")).statusCode(201);
        Api.contribute(fundId, UUID.randomUUID().toString(), Api.contribution("county-council", "pledge", "2500.00"))
                .statusCode(201);

        Scrape scrape = Scrape.now();
        assertEquals(50000.0, scrape.value("platform_money_reserved_pounds_total", "fund", fundId));
        assertEquals(50000.0, scrape.value("platform_money_committed_pounds_total", "fund", fundId));
        assertEquals(10000.0, scrape.value("platform_money_paid_pounds_total", "fund", fundId));
        assertEquals(0.0, scrape.value("platform_money_released_pounds_total", "fund", fundId));
        assertEquals(1.0, scrape.value("platform_contributions_recorded_total", "fund", fundId, "kind", "pledge"));
        ExportedMetrics.assertExported("budgets", scrape);
    }
}
