package org.jointcommissioning.bidding;

import io.quarkus.test.junit.QuarkusTest;
import org.jointcommissioning.bidding.support.Bids;
import org.jointcommissioning.bidding.support.Opportunities;
import org.jointcommissioning.bidding.support.Organisations;
import org.jointcommissioning.contracts.events.OpportunityPublished;
import org.jointcommissioning.testing.MutableClock;
import org.jointcommissioning.testing.metrics.ExportedMetrics;
import org.jointcommissioning.testing.metrics.Scrape;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Submitting and withdrawing a bid move the board's counters, read from /q/metrics as Prometheus reads them. */
@QuarkusTest
class MetricsResourceTest {

    private static final String SUBMITTED = "platform_bids_submitted_total";
    private static final String WITHDRAWN = "platform_bids_withdrawn_total";

    @Test
    void aSubmittedAndAWithdrawnBidAreCounted() {
        MutableClock clock = MutableClock.install();
        OpportunityPublished opportunity = Opportunities.publish("county-council", clock.tomorrow());
        Organisations.registerCharity("metrics-bidder");
        Scrape before = Scrape.now();

        String bid = Bids.submitted(opportunity, Opportunities.OPEN_LOT);
        assertEquals(before.value(SUBMITTED) + 1, Scrape.now().value(SUBMITTED));

        given().post("/api/bids/" + bid + "/withdraw").then().statusCode(200);
        Scrape after = Scrape.now();
        assertEquals(before.value(WITHDRAWN) + 1, after.value(WITHDRAWN));
        assertEquals(before.value(SUBMITTED) + 1, after.value(SUBMITTED));

        ExportedMetrics.assertExported("bidding", after);
    }
}
