package org.jointcommissioning.bidding;

import io.quarkus.test.junit.QuarkusTest;
import org.jointcommissioning.bidding.support.Actors;
import org.jointcommissioning.bidding.support.Bids;
import org.jointcommissioning.bidding.support.Documents;
import org.jointcommissioning.bidding.support.Opportunities;
import org.jointcommissioning.bidding.support.Organisations;
import org.jointcommissioning.contracts.events.OpportunityPublished;
import org.jointcommissioning.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.jointcommissioning.testing.csv.CsvLists.anyone;
import static org.jointcommissioning.testing.csv.CsvLists.assertSameRefusal;
import static org.jointcommissioning.testing.csv.CsvLists.assertSameRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A bidder's bids, envelopes, documents, follows, alerts and notifications, the bids a commissioner reads after the
 * deadline and the audit trail answer in CSV too ({@code Accept: text/csv} or {@code format=csv}): the JSON's items as
 * rows in the same order, and the same refusals, before the deadline as after it.
 */
@QuarkusTest
class ListsAsCsvResourceTest {

    MutableClock clock;
    OpportunityPublished opportunity;
    String bidder;
    String bid;

    @BeforeEach
    void aSubmittedBid() {
        clock = MutableClock.install();
        opportunity = Opportunities.publish("nhs-trust", clock.tomorrow());
        bidder = "csv-bidder-" + System.nanoTime();
        Organisations.registerCharity(bidder);
        bid = Bids.submitted(opportunity, Opportunities.OPEN_LOT);
    }

    @Test
    void aBiddersListsAreTheSameInCsv() {
        Documents.uploaded(bid, "technical", Documents.METHOD_STATEMENT);
        String bids = "/api/bids";

        List<List<String>> rows = assertSameRows(anyone(), bids, "/items", false, List.of("id"));
        assertEquals(List.of(bid), rows.stream().map(row -> row.get(0)).toList());
        assertSameRows(anyone(), bids + "/" + bid + "/envelopes", "/items", true, List.of("envelope"));
        assertSameRows(anyone(), bids + "/" + bid + "/documents", "/items", false, List.of("id", "bidId"));
        assertSameRows(anyone(), "/api/follows", "/items", true, List.of("opportunityId", "followedAt"));
        assertSameRows(anyone(), "/api/alerts", "/items", false, List.of("id", "name"));
        assertSameRows(anyone(), "/api/notifications", "/items", true, List.of("id", "kind"));
        assertSameRows(anyone(), "/api/audit/bidding?entity=bid&id=" + bid, "/items", false,
                List.of("revision", "changedAt", "action"));
    }

    @Test
    void theCommissionerReadsTheBidsInCsvOnlyAfterTheDeadlineAsInJson() {
        String list = "/api/bids?opportunityId=" + opportunity.opportunityId();
        Actors.commissioner("nhs-trust");
        assertSameRefusal(anyone(), list);
        assertSameRefusal(anyone(), "/api/bids/" + bid + "/envelopes");

        clock.advance(Duration.ofDays(2));
        Opportunities.close(opportunity);
        List<List<String>> rows = assertSameRows(anyone(), list, "/items", true, List.of("id"));
        assertEquals(List.of(bid), rows.stream().map(row -> row.get(0)).toList());

        Actors.commissioner("police");
        assertSameRefusal(anyone(), list);
        Actors.bidder("csv-rival");
        assertSameRefusal(anyone(), "/api/bids/" + bid + "/documents");
    }
}
