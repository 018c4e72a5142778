package org.jointcommissioning.outcomes.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.outcomes.Fixtures;
import org.jointcommissioning.outcomes.domain.Indicator;
import org.jointcommissioning.outcomes.domain.Measurement;
import org.jointcommissioning.outcomes.domain.Polarity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.jointcommissioning.outcomes.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every list in an answer has a bound the contract states, and the service keeps to it. */
@QuarkusTest
class ListLimitsResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    LimitFixtures limits;

    @Test
    @TestSecurity(user = "pat", roles = "partnership-admin")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void theAgreementTracksAtMostFiveHundredIndicators() {
        List<String> fillers = limits.fillAgreementUpTo(Indicator.MAX_PER_AGREEMENT);
        try {
            json().body(Fixtures.request(Fixtures.newCode(), "nhs-trust", Polarity.HIGHER_IS_BETTER, "Health"))
                    .post("/api/indicators")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("500 indicators"));
        } finally {
            limits.remove(fillers);
        }
    }

    @Test
    @TestSecurity(user = "pat", roles = "partnership-admin")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void twoAdditionsRacingForTheLastPlaceGetOneEach() throws Exception {
        List<String> fillers = limits.fillAgreementUpTo(Indicator.MAX_PER_AGREEMENT - 1);
        List<String> codes = List.of(Fixtures.newCode(), Fixtures.newCode());
        try {
            ExecutorService racers = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (String code : codes) {
                answers.add(racers.submit(() -> {
                    start.await();
                    return json().body(Fixtures.request(code, "nhs-trust", Polarity.HIGHER_IS_BETTER, "Health"))
                            .post("/api/indicators").statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS));
            }
            racers.shutdown();
            assertEquals(List.of(201, 409), statuses.stream().sorted().toList());
        } finally {
            limits.remove(fillers);
            limits.remove(codes);
        }
    }

    @Test
    @TestSecurity(user = "olu", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "nhs-trust"))
    void aPeriodKeepsAtMostAHundredValues() {
        String code = fixtures.indicator("nhs-trust");
        limits.revise(code, "2026-27", Measurement.MAX_VALUES_PER_PERIOD);
        json().body(Map.of("period", "2026-27", "value", 101, "dataQuality", "validated", "source", "return"))
                .post("/api/indicators/" + code + "/measurements")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("100 values for 2026-27"));
        given().get("/api/indicators/" + code + "/measurements/2026-27").then().statusCode(200)
                .body("current.revision", equalTo(100))
                .body("history", hasSize(99));
    }

    @Test
    @TestSecurity(user = "ann", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void anOffTrackIndicatorShowsItsTenWorstOpenRisksAndHowManyAreOpen() {
        String theme = "Theme " + Fixtures.newCode();
        String behind = fixtures.indicator("police", Polarity.LOWER_IS_BETTER, theme);
        fixtures.measure(behind, "2026-27", "190");
        for (int i = 0; i < 12; i++) {
            fixtures.risk("police", behind, 1 + i % 5, 1 + i % 5); // scores 1, 4, 9, 16, 25, 1...
        }
        given().get("/api/scorecard").then().statusCode(200)
                .rootPath("themes.find { it.theme == '" + theme + "' }.offTrack[0]")
                .body("openRisks", hasSize(10))
                .body("openRiskCount", equalTo(12))
                .body("openRisks[0].score", equalTo(25));
    }

    @Test
    @TestSecurity(user = "ann", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void anIndicatorListsItsTwoHundredLatestContractsAndCountsThemAll() {
        String code = fixtures.indicator("nhs-trust");
        limits.contracts(code, 201, new BigDecimal("10.00"));
        given().get("/api/indicators/" + code + "/contracts").then().statusCode(200)
                .body("contracts", hasSize(200))
                .body("contractCount", equalTo(201))
                .body("contracts[0].awardId", equalTo(LimitFixtures.awardId(code, 2)))
                .body("contracts[199].awardId", equalTo(LimitFixtures.awardId(code, 201)))
                .body("valueForMoney.committed.amount", equalTo("2010.00"));
    }
}
