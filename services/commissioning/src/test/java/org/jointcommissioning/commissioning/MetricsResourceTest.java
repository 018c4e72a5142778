package org.jointcommissioning.commissioning;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.support.Fixtures;
import org.jointcommissioning.commissioning.support.Funds;
import org.jointcommissioning.commissioning.support.Journey;
import org.jointcommissioning.testing.MutableClock;
import org.jointcommissioning.testing.metrics.ExportedMetrics;
import org.jointcommissioning.testing.metrics.Scrape;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Publishing and awarding move the board's counters, read from /q/metrics as Prometheus reads them. */
@QuarkusTest
@TestSecurity(user = "cara", roles = "commissioner")
@OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
class MetricsResourceTest {

    private static final String PUBLISHED = "platform_opportunities_published_total";
    private static final String AWARDS = "platform_awards_total";

    @Test
    void publishingAnOpportunityAndFundingAnAwardAreCounted() {
        MutableClock clock = MutableClock.install();
        Funds.open(Journey.FUND, Fixtures.COUNTY);
        Scrape before = Scrape.now();

        String draft = Journey.createDraft(Journey.draftBody(Journey.createFramework(false), clock.instant(), false));
        Journey.publish(draft);
        assertEquals(before.value(PUBLISHED) + 1, Scrape.now().value(PUBLISHED));

        String closed = Fixtures.countyOpportunity(OpportunityStatus.CLOSED);
        String bidId = UUID.randomUUID().toString();
        Fixtures.openedBid(closed, bidId, "carers-network", "900.00");
        Fixtures.scored(closed, bidId, 70, 70, "Sound");
        String awardId = Journey.award(closed, bidId, "900.00");
        assertEquals(before.value(AWARDS, "outcome", "pending-funding") + 1,
                Scrape.now().value(AWARDS, "outcome", "pending-funding"));

        Journey.fundsReserved(UUID.randomUUID().toString(), awardId, Fixtures.fundOf(closed), "900.00");
        await().atMost(Journey.WAIT).untilAsserted(() -> assertEquals(before.value(AWARDS, "outcome", "active") + 1,
                Scrape.now().value(AWARDS, "outcome", "active")));

        ExportedMetrics.assertExported("commissioning", Scrape.now());
    }
}
