package org.jointcommissioning.outcomes.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.outcomes.Fixtures;
import org.jointcommissioning.outcomes.domain.Polarity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.jointcommissioning.outcomes.Fixtures.json;

/**
 * Every Location header starts with the configured public address, whatever Host header the caller sends:
 * a forged host is never handed back as a link.
 */
@QuarkusTest
@TestSecurity(user = "olu", roles = "performance-officer")
@OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
class LocationHeaderResourceTest {

    private static final String PUBLIC = "http://localhost:8080";
    private static final String EVIL = "evil.example";

    @Inject
    Fixtures fixtures;

    @Test
    void anIndicatorsLocationIsThePublicOne() {
        String code = Fixtures.newCode();
        json().header("Host", EVIL).body(Fixtures.request(code, "county-council", Polarity.HIGHER_IS_BETTER, "Economy"))
                .post("/api/indicators").then().statusCode(201)
                .header("Location", equalTo(PUBLIC + "/api/indicators/" + code));
    }

    @Test
    void aMeasurementsLocationIsThePublicOne() {
        String code = fixtures.indicator("county-council");
        json().header("Host", EVIL)
                .body(Map.of("period", "2026-27-Q1", "value", 110, "dataQuality", "validated", "source", "Returns"))
                .post("/api/indicators/" + code + "/measurements").then().statusCode(201)
                .header("Location", equalTo(PUBLIC + "/api/indicators/" + code + "/measurements/2026-27-Q1"));
    }

    @Test
    void aChallengesLocationIsThePublicOne() {
        String code = fixtures.indicator("police");
        json().header("Host", EVIL).body(Map.of("question", "Why so slow?"))
                .post("/api/indicators/" + code + "/challenges").then().statusCode(201)
                .header("Location", startsWith(PUBLIC + "/api/challenges/"))
                .header("Location", not(containsString(EVIL)));
    }

    @Test
    void aRisksLocationIsThePublicOne() {
        String code = fixtures.indicator("county-council");
        json().header("Host", EVIL).body(Map.of("title", "Staff shortage", "indicatorCodes", List.of(code),
                        "likelihood", 2, "impact", 3, "mitigation", "Agency cover", "owner", "Head of HR"))
                .post("/api/risks").then().statusCode(201)
                .header("Location", startsWith(PUBLIC + "/api/risks/"))
                .header("Location", not(containsString(EVIL)));
    }
}
