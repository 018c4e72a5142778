package org.jointcommissioning.outcomes.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.outcomes.Fixtures;
import org.jointcommissioning.outcomes.domain.Polarity;
import org.jointcommissioning.testing.metrics.ExportedMetrics;
import org.jointcommissioning.testing.metrics.Scrape;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.jointcommissioning.outcomes.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A measurement, and an indicator turning red, move the board's counters, read from /q/metrics. */
@QuarkusTest
@TestSecurity(user = "olu", roles = {"performance-officer", "partnership-admin"})
@OidcSecurity(claims = @Claim(key = "org_id", value = "police"))
class MetricsResourceTest {

    private static final String MEASUREMENTS = "platform_measurements_recorded_total";
    private static final String TURNED_RED = "platform_indicators_turned_red_total";

    @Inject
    Fixtures fixtures;

    @Test
    void aMeasurementThatPutsAnIndicatorBehindItsPathIsCountedAndSoIsTheRed() {
        String code = fixtures.indicator("police", Polarity.HIGHER_IS_BETTER, "Safer communities");
        Scrape before = Scrape.now();

        // The path is at 150 in 2026-27 and amber ends 10 behind it: 100 is red.
        json().body(Map.of("period", "2026-27", "value", 100, "dataQuality", "validated", "source", "Police returns"))
                .post("/api/indicators/" + code + "/measurements").then().statusCode(201);
        json().get("/api/indicators/" + code).then().body("status", equalTo("red"));

        Scrape after = Scrape.now();
        assertEquals(before.value(MEASUREMENTS) + 1, after.value(MEASUREMENTS));
        assertEquals(before.value(TURNED_RED) + 1, after.value(TURNED_RED));
        ExportedMetrics.assertExported("outcomes", after);
    }
}
