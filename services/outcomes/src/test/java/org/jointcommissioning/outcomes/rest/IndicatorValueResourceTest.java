package org.jointcommissioning.outcomes.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.jointcommissioning.outcomes.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.jointcommissioning.outcomes.Fixtures.json;

/** Indicator values come as JSON numbers or decimal strings, like money; text that is no number is a 400. */
@QuarkusTest
@TestSecurity(user = "pat", roles = {"partnership-admin", "performance-officer"})
@OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
class DecimalInputResourceTest {

    @Test
    void decimalStringsAreReadExactly() {
        String code = Fixtures.newCode();
        json().body(Map.of("code", code, "title", "Volunteering", "kind", "local", "polarity", "higher-is-better",
                        "unit", "percent", "theme", "Stronger communities", "ownerPartnership", "county-council",
                        "baseline", Map.of("period", "2025-26", "value", "30"),
                        "targets", List.of(Map.of("period", "2026-27", "value", "50.25"))))
                .post("/api/indicators").then().statusCode(201).body("targets[0].value", equalTo(50.25f));
        json().body(Map.of("period", "2026-27-Q2", "value", "40.5", "dataQuality", "validated", "source", "Returns"))
                .post("/api/indicators/" + code + "/measurements").then().statusCode(201).body("value", equalTo(40.5f));
    }

    @Test
    void textThatIsNoNumberIsRefused() {
        json().body(Map.of("period", "2026-27", "value", "forty", "dataQuality", "validated", "source", "Returns"))
                .post("/api/indicators/NI-ANY/measurements")
                .then().statusCode(400).body("errors[0].field", equalTo("value"));
    }
}
