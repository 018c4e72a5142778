package org.jointcommissioning.outcomes.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.outcomes.Fixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.jointcommissioning.outcomes.Fixtures.json;

/** Indicator values are JSON numbers, read exactly; a decimal string is not a number and is refused, never coerced. */
@QuarkusTest
@TestSecurity(user = "pat", roles = {"partnership-admin", "performance-officer"})
@OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
class IndicatorValueResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void numbersAreReadExactlyAndAnsweredAsNumbers() {
        String code = Fixtures.newCode();
        json().body(indicator(code, 30, 50.25))
                .post("/api/indicators").then().statusCode(201)
                .body("baseline.value", equalTo(30)).body("targets[0].value", equalTo(50.25f));
        // Trailing zeros and an exponent do not count as decimals: 40.50000 is 40.5, 1.0E-4 is 0.0001.
        json().body(Map.of("period", "2026-27-Q2", "value", new BigDecimal("40.50000"), "dataQuality", "validated",
                        "source", "Returns", "districts", List.of(Map.of("district", "Northgate", "value", 1.0E-4))))
                .post("/api/indicators/" + code + "/measurements").then().statusCode(201)
                .body("value", equalTo(40.5f)).body("districts[0].value", equalTo(0.0001f));
    }

    @Test
    void aDecimalStringIsRefusedWhereverAValueIsExpected() {
        json().body(indicator(Fixtures.newCode(), "30", 50))
                .post("/api/indicators").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("baseline.value"));
        String code = fixtures.indicator("county-council");
        json().body(Map.of("period", "2026-27", "value", "40.5", "dataQuality", "validated", "source", "Returns"))
                .post("/api/indicators/" + code + "/measurements")
                .then().statusCode(400).body("errors.field", hasItem("value"));
        json().body(Map.of("period", "2026-27", "value", 40, "dataQuality", "validated", "source", "Returns",
                        "districts", List.of(Map.of("district", "Northgate", "value", "12"))))
                .post("/api/indicators/" + code + "/measurements")
                .then().statusCode(400).body("errors.field", hasItem("districts[0].value"));
    }

    @Test
    void aValueBeyondFifteenWholeDigitsOrFourDecimalsIsRefused() {
        String code = fixtures.indicator("county-council");
        json().body(Map.of("period", "2026-27", "value", new BigDecimal("1234567890123456"),
                        "dataQuality", "validated", "source", "Returns"))
                .post("/api/indicators/" + code + "/measurements")
                .then().statusCode(400).body("errors.field", hasItem("value"));
        json().body(Map.of("period", "2026-27", "value", new BigDecimal("1.00001"),
                        "dataQuality", "validated", "source", "Returns"))
                .post("/api/indicators/" + code + "/measurements")
                .then().statusCode(400).body("errors.field", hasItem("value"));
    }

    private static Map<String, Object> indicator(String code, Object baseline, Object target) {
        return Map.of("code", code, "title", "Volunteering", "kind", "local", "polarity", "higher-is-better",
                "unit", "percent", "theme", "Stronger communities", "ownerPartnership", "county-council",
                "baseline", Map.of("period", "2025-26", "value", baseline),
                "targets", List.of(Map.of("period", "2026-27", "value", target)));
    }
}
