package org.jointcommissioning.outcomes.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.outcomes.Fixtures;
import org.jointcommissioning.testing.identity.Acting;
import org.jointcommissioning.outcomes.domain.Polarity;
import org.jointcommissioning.outcomes.domain.RiskStatus;
import org.jointcommissioning.outcomes.events.SentEvents;
import org.jointcommissioning.common.concurrency.IfMatch;
import org.jointcommissioning.outcomes.service.RiskService;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Per theme: indicators by status, money committed and spent, and the ones off track with owners and open risks. */
@QuarkusTest
@TestSecurity(user = "ann", roles = "auditor")
@OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
class ScorecardResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    RiskService risks;

    @Test
    void aThemeShowsItsStatusesMoneyAndWhatIsOffTrack() {
        String theme = "Theme " + Fixtures.newCode();
        // Police contributes to the NHS indicator, so its contract may serve both.
        String onTrack = fixtures.indicator(Fixtures.withContributors(
                Fixtures.request(Fixtures.newCode(), "nhs-trust", Polarity.HIGHER_IS_BETTER, theme), "police"));
        String behind = fixtures.indicator("police", Polarity.LOWER_IS_BETTER, theme);
        fixtures.indicator("district-council", Polarity.HIGHER_IS_BETTER, theme);
        fixtures.measure(onTrack, "2026-27", "150");
        fixtures.measure(behind, "2026-27", "190");
        String openRisk = fixtures.risk("police", behind, 4, 5);
        String closedRisk = fixtures.risk("police", behind, 5, 5);
        RiskRequest closing = new RiskRequest("Old risk", List.of(behind), 5, 5, "Done", "Nobody", RiskStatus.CLOSED);
        Acting.as(Fixtures.officerOf("police"), () -> risks.update(closedRisk, closing.draft(), IfMatch.NONE));
        String both = SentEvents.contractAwarded("police", "1000.00", onTrack, behind);
        SentEvents.contractAwarded("police", "500.00", behind);
        SentEvents.paymentRecorded(UUID.randomUUID().toString(), "pay-" + UUID.randomUUID(), both, "200.00");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/scorecard").then().statusCode(200)
                .rootPath("themes.find { it.theme == '" + theme + "' }")
                .body("committed.amount", equalTo("1500.00"))
                .body("spent.amount", equalTo("200.00")));

        given().get("/api/scorecard").then()
                .rootPath("themes.find { it.theme == '" + theme + "' }")
                .body("indicators.green", equalTo(1))
                .body("indicators.amber", equalTo(0))
                .body("indicators.red", equalTo(1))
                .body("indicators.noData", equalTo(1))
                .body("offTrack.code", contains(behind))
                .body("offTrack[0].ownerPartnership", equalTo("police"))
                .body("offTrack[0].status", equalTo("red"))
                .body("offTrack[0].openRisks.id", contains(openRisk))
                .body("offTrack[0].openRisks[0].score", equalTo(20));
    }

    @Test
    void anOffTrackIndicatorShowsItsLatestReadingAndItsTenWorstOpenRisksOfAll() {
        String theme = "Theme " + Fixtures.newCode();
        String behind = fixtures.indicator("police", Polarity.LOWER_IS_BETTER, theme);
        fixtures.measure(behind, "2025-26", "150");
        fixtures.measure(behind, "2026-27", "180");
        fixtures.measure(behind, "2026-27", "190");
        for (int i = 0; i < 10; i++) {
            fixtures.risk("police", behind, i % 5 + 1, 5);
        }
        fixtures.risk("police", behind, 1, 1);
        fixtures.risk("police", behind, 1, 1);

        given().get("/api/scorecard").then().statusCode(200)
                .rootPath("themes.find { it.theme == '" + theme + "' }")
                .body("offTrack.code", contains(behind))
                .body("offTrack[0].latest.period", equalTo("2026-27"))
                .body("offTrack[0].latest.value", equalTo(190))
                .body("offTrack[0].openRiskCount", equalTo(12))
                .body("offTrack[0].openRisks.score", contains(25, 25, 20, 20, 15, 15, 10, 10, 5, 5));
    }

    @Test
    void theValueForMoneyLineFollowsNi179() {
        var ni179 = Fixtures.request("NI179", "partnership", Polarity.HIGHER_IS_BETTER, "Value for money");
        fixtures.indicator(ni179);
        fixtures.measure("NI179", "2026-27", "120");
        String award = SentEvents.contractAwarded("partnership", "8000.00", "NI179");
        SentEvents.paymentRecorded(UUID.randomUUID().toString(), "pay-" + UUID.randomUUID(), award, "1000.00");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/scorecard").then()
                .body("valueForMoney.spent.amount", equalTo("1000.00")));
        given().get("/api/scorecard").then()
                .body("valueForMoney.code", equalTo("NI179"))
                .body("valueForMoney.committed.amount", equalTo("8000.00"))
                .body("valueForMoney.improvementSinceBaseline", equalTo(20))
                .body("valueForMoney.costPerPoint.amount", equalTo("50.00"))
                .body("valueForMoney.status", equalTo("red"));
    }
}
