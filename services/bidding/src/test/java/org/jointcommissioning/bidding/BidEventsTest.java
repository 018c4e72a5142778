package org.jointcommissioning.bidding;

import io.quarkus.test.junit.QuarkusTest;
import org.jointcommissioning.bidding.support.Bids;
import org.jointcommissioning.bidding.support.Opportunities;
import org.jointcommissioning.bidding.support.Organisations;
import org.jointcommissioning.contracts.events.BidOpened;
import org.jointcommissioning.contracts.events.BidSubmitted;
import org.jointcommissioning.contracts.events.BidWithdrawn;
import org.jointcommissioning.contracts.events.OpportunityPublished;
import org.jointcommissioning.contracts.events.Topics;
import org.jointcommissioning.testing.KafkaEvents;
import org.jointcommissioning.testing.MutableClock;
import org.jointcommissioning.testing.ReceivedEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Every event the service emits validates against its contract; before the deadline they carry ids only. */
@QuarkusTest
class BidEventsTest {

    @Test
    void submittedAndWithdrawnCarryIdsOnlyAndOpenedCarriesTheBid() {
        OpportunityPublished opportunity = Opportunities.publish("county-council", MutableClock.install().tomorrow());
        Organisations.register("contracts-org", Organisations.profile("Contracts Org", "social-enterprise", "medium"));
        String kept = Bids.submitted(opportunity, Opportunities.OPEN_LOT);
        String withdrawn = Bids.submitted(opportunity, Opportunities.RESERVED_LOT);
        given().post("/api/bids/" + withdrawn + "/withdraw").then().statusCode(200);

        ReceivedEvent submitted = single(BidSubmitted.class, kept);
        assertThat(fieldsOf(submitted), equalTo(Set.of("bidId", "opportunityId", "lotId", "submittedAt")));
        assertSealed(submitted);
        assertSealed(single(BidWithdrawn.class, withdrawn));

        Opportunities.close(opportunity);
        ReceivedEvent opened = single(BidOpened.class, kept);
        assertThat(opened.json().at("/price/amount").asText(), equalTo(Bids.PRICE));
        assertThat(opened.json().at("/organisationName").asText(), equalTo("Contracts Org"));
        assertThat(opened.json().at("/legalForm").asText(), equalTo("social-enterprise"));
        assertThat(opened.json().at("/size").asText(), equalTo("medium"));
        assertThat(opened.json().at("/answers/0/text").asText(), equalTo(Bids.QUALITY_TEXT));
    }

    private static ReceivedEvent single(Class<? extends Record> type, String bidId) {
        ReceivedEvent event = KafkaEvents.await(Topics.BIDDING_BIDS, KafkaEvents.ofType(type, bidId), 1,
                Duration.ofSeconds(30)).get(0);
        assertThat(event.headers().get("ce_source"), equalTo("/bidding"));
        return event.assertValid();
    }

    private static void assertSealed(ReceivedEvent event) {
        assertThat(event.data(), not(containsString(Bids.PRICE)));
        assertThat(event.data(), not(containsString("price")));
        assertThat(event.data(), not(containsString(Bids.QUALITY_TEXT)));
        assertThat(event.data(), not(containsString("contracts-org")));
    }

    private static Set<String> fieldsOf(ReceivedEvent event) {
        Set<String> fields = new HashSet<>();
        event.json().fieldNames().forEachRemaining(fields::add);
        return fields;
    }
}
