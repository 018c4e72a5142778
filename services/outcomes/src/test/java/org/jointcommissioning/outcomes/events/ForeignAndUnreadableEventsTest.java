package org.jointcommissioning.outcomes.events;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.contracts.events.ContractAwarded;
import org.jointcommissioning.contracts.events.EventTypes;
import org.jointcommissioning.contracts.events.FundingRequested;
import org.jointcommissioning.contracts.events.Topics;
import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.outcomes.Fixtures;
import org.jointcommissioning.testing.KafkaEvents;
import org.jointcommissioning.testing.ReceivedEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Events of the saga that are not ours are ignored; an unreadable one goes to the dead-letter topic and the next applies. */
@QuarkusTest
@TestSecurity(user = "ann", roles = "auditor")
@OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
class ForeignAndUnreadableEventsTest {

    @Inject
    Fixtures fixtures;

    @Test
    void anUnreadableContractAwardedIsDeadLetteredAndTheNextContractStillLinks() {
        String code = fixtures.indicator("county-council");
        String poisoned = "award-" + UUID.randomUUID();
        KafkaEvents.send(poisoned, new FundingRequested(poisoned, "opp-1", "lot-1", SentEvents.FUND, "county-council",
                Money.gbp("10.00"), Instant.now()));
        KafkaEvents.sendRaw(Topics.COMMISSIONING_AWARDS, UUID.randomUUID().toString(),
                EventTypes.typeOf(ContractAwarded.class), poisoned, "{\"awardId\": [\"not\", \"a\", \"string\"]}");
        String award = SentEvents.contractAwarded("county-council", "750.00", code);

        ReceivedEvent dead = KafkaEvents.await("outcomes.dead-letter", e -> poisoned.equals(e.key()), 1,
                Duration.ofSeconds(30)).get(0);
        assertTrue(dead.headers().get("dead-letter-reason").contains("unreadable data"), dead.headers().toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/indicators/" + code + "/contracts")
                .then().body("contracts[0].awardId", equalTo(award)));
    }
}
