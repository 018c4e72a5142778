package org.jointcommissioning.bidding;

import io.quarkus.test.junit.QuarkusTest;
import org.jointcommissioning.bidding.support.Actors;
import org.jointcommissioning.bidding.support.Commissioning;
import org.jointcommissioning.bidding.support.Bids;
import org.jointcommissioning.bidding.support.Inboxes;
import org.jointcommissioning.bidding.support.Opportunities;
import org.jointcommissioning.bidding.support.Organisations;
import org.jointcommissioning.contracts.events.BidOpened;
import org.jointcommissioning.contracts.events.BidSubmitted;
import org.jointcommissioning.contracts.events.BidOutcome;
import org.jointcommissioning.contracts.events.OpportunityPublished;
import org.jointcommissioning.contracts.events.Topics;
import org.jointcommissioning.testing.KafkaEvents;
import org.jointcommissioning.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An event delivered twice (same id) is applied once: the second delivery changes nothing, even if it differs. */
@QuarkusTest
class RedeliveredEventsTest {

    MutableClock clock;

    @BeforeEach
    void setUp() {
        clock = MutableClock.install();
    }

    @Test
    void aRedeliveredPublicationDoesNotMoveTheDeadline() {
        OpportunityPublished opportunity = Opportunities.published("county-council", clock.tomorrow());
        String eventId = Commissioning.send(opportunity.opportunityId(), opportunity);
        Opportunities.awaitStatus(opportunity.opportunityId(), org.jointcommissioning.bidding.domain.OpportunityStatus.PUBLISHED);
        OpportunityPublished later = Opportunities.published("county-council", clock.tomorrow().plus(Duration.ofDays(9)));
        Commissioning.send(eventId, opportunity.opportunityId(), withId(later, opportunity.opportunityId()));
        Inboxes.awaitOpportunityEventsConsumed(opportunity.opportunityId());

        Organisations.registerCharity("redelivery-pub");
        clock.set(opportunity.submissionDeadline().plus(Duration.ofHours(1)));
        Bids.submit(Bids.body(opportunity, Opportunities.OPEN_LOT)).statusCode(409);
    }

    @Test
    void aRedeliveredCloseOpensEachBidOnceAndARedeliveredOutcomeIsNotReapplied() {
        OpportunityPublished opportunity = Opportunities.publish("county-council", clock.tomorrow());
        Organisations.registerCharity("redelivery-a");
        String bid = Bids.submitted(opportunity, Opportunities.OPEN_LOT);
        Organisations.registerCharity("redelivery-b");
        String other = Bids.submitted(opportunity, Opportunities.OPEN_LOT);

        String closeId = Commissioning.send(opportunity.opportunityId(), Opportunities.closedEvent(opportunity));
        Commissioning.send(closeId, opportunity.opportunityId(), Opportunities.closedEvent(opportunity));
        Inboxes.awaitOpportunityEventsConsumed(opportunity.opportunityId());
        // A bid submitted after both closes were applied: once its event is out, anything they sent is out too.
        OpportunityPublished later = Opportunities.publish("county-council", clock.tomorrow());
        Organisations.registerCharity("redelivery-marker");
        String marker = Bids.submitted(later, Opportunities.OPEN_LOT);
        KafkaEvents.await(Topics.BIDDING_BIDS, KafkaEvents.ofType(BidSubmitted.class, marker), 1, Duration.ofSeconds(30));
        assertEquals(1, KafkaEvents.upToNow(Topics.BIDDING_BIDS).stream()
                .filter(KafkaEvents.ofType(BidOpened.class, bid)).count());
        Actors.bidder("redelivery-b");

        String outcomeId = Commissioning.send("award-r", outcome(opportunity, bid, "redelivery-a", "unsuccessful", "First"));
        Commissioning.send(outcomeId, "award-r", outcome(opportunity, bid, "redelivery-a", "awarded", "Second"));
        Commissioning.send("award-r", outcome(opportunity, other, "redelivery-b", "awarded", null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Bids.get(other).statusCode(200)
                .body("status", equalTo("awarded")));

        Actors.bidder("redelivery-a");
        Bids.get(bid).statusCode(200).body("status", equalTo("unsuccessful")).body("feedback", equalTo("First"));
    }

    private static OpportunityPublished withId(OpportunityPublished o, String id) {
        return new OpportunityPublished(id, o.ownerOrgId(), o.frameworkId(), o.title(), o.route(), o.fundId(),
                o.clarificationDeadline(), o.submissionDeadline(), o.lots(), o.criteria(), o.indicators(), o.publishedAt(),
                o.description(), o.themes());
    }

    private static BidOutcome outcome(OpportunityPublished opportunity, String bidId, String orgId, String outcome,
                                      String feedback) {
        return new BidOutcome(bidId, "award-r", opportunity.opportunityId(), Opportunities.OPEN_LOT, orgId, outcome,
                new BigDecimal("70"), "awarded".equals(outcome) ? 1 : 2, feedback, java.util.List.of(), null);
    }
}
