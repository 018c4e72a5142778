package org.jointcommissioning.bidding;

import io.quarkus.test.junit.QuarkusTest;
import org.jointcommissioning.bidding.support.Commissioning;
import org.jointcommissioning.contracts.events.BidOutcome;
import org.jointcommissioning.testing.KafkaEvents;
import org.jointcommissioning.testing.ReceivedEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;

/** An outcome for a bid this service never had cannot be applied: it goes to the dead-letter topic with its reason. */
@QuarkusTest
class UnappliableEventsTest {

    @Test
    void anOutcomeForAnUnknownBidIsDeadLettered() {
        String eventId = Commissioning.send("award-dead", new BidOutcome("bid-never-seen", "award-dead", "opp-x", "lot-x",
                "carers-network", "awarded", new BigDecimal("80"), 1, null, java.util.List.of(), null));

        ReceivedEvent dead = KafkaEvents.await("bidding.dead-letter", e -> eventId.equals(e.id()), 1,
                Duration.ofSeconds(30)).get(0);
        assertThat(dead.headers().get("dead-letter-reason"), containsString("unknown bid bid-never-seen"));
    }
}
