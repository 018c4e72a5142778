package org.jointcommissioning.outcomes.events;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.contracts.events.IndicatorStatusChanged;
import org.jointcommissioning.contracts.events.Topics;
import org.jointcommissioning.outcomes.Fixtures;
import org.jointcommissioning.outcomes.domain.Polarity;
import org.jointcommissioning.outcomes.rest.IndicatorRequest;
import org.jointcommissioning.outcomes.rest.PeriodValue;
import org.jointcommissioning.testing.KafkaEvents;
import org.jointcommissioning.testing.ReceivedEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.jointcommissioning.outcomes.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each change of status, and only a change, is announced on outcomes.indicators, keyed by code, as its contract says. */
@QuarkusTest
@TestSecurity(user = "olu", roles = {"performance-officer", "partnership-admin"})
@OidcSecurity(claims = @Claim(key = "org_id", value = "police"))
class IndicatorStatusChangedEventsTest {

    @Inject
    Fixtures fixtures;

    @Test
    void measurementsThatMoveTheStatusEmitOneValidEventPerChange() {
        String code = fixtures.indicator("police", Polarity.LOWER_IS_BETTER, "Safer communities");
        report(code, "2026-27", 158);     // behind the path (150) by 8 of a band of 10: amber
        report(code, "2026-27", 159);     // still amber: no event
        report(code, "2027-28-Q2", 120);  // the path is at 125 by then: ahead, green
        given().get("/api/indicators/" + code).then().body("status", equalTo("green"));

        List<ReceivedEvent> events = KafkaEvents.await(Topics.OUTCOMES_INDICATORS,
                KafkaEvents.ofType(IndicatorStatusChanged.class, code), 2, Duration.ofSeconds(30));

        events.forEach(ReceivedEvent::assertValid);
        assertEquals(List.of("no-data>amber", "amber>green"), events.stream()
                .map(e -> e.json().get("previousStatus").asText() + ">" + e.json().get("status").asText()).toList());
        assertEquals("2026-27", events.get(0).json().get("period").asText());
        assertEquals("158", events.get(0).json().get("value").asText());
        assertEquals("/outcomes", events.get(0).headers().get("ce_source"));
    }

    @Test
    void newTargetsMoveTheStatusToo() {
        String code = fixtures.indicator("police", Polarity.HIGHER_IS_BETTER, "Economy");
        report(code, "2026-27", 150); // on the path: green
        IndicatorRequest usual = Fixtures.request(code, "police", Polarity.HIGHER_IS_BETTER, "Economy");
        IndicatorRequest harder = new IndicatorRequest(code, usual.title(), usual.kind(), usual.polarity(),
                usual.unit(), usual.theme(), usual.ownerPartnership(), usual.contributors(), usual.baseline(),
                List.of(new PeriodValue("2026-27", new BigDecimal("300"))));
        json().body(harder).put("/api/indicators/" + code).then().statusCode(200).body("status", equalTo("red"));

        List<ReceivedEvent> events = KafkaEvents.await(Topics.OUTCOMES_INDICATORS,
                KafkaEvents.ofType(IndicatorStatusChanged.class, code), 2, Duration.ofSeconds(30));
        events.forEach(ReceivedEvent::assertValid);
        assertEquals("red", events.get(1).json().get("status").asText());
    }

    private static void report(String code, String period, int value) {
        json().body(Map.of("period", period, "value", value, "dataQuality", "validated", "source", "Police returns"))
                .post("/api/indicators/" + code + "/measurements").then().statusCode(201);
    }
}
