package org.jointcommissioning.outcomes.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.outcomes.Fixtures;
import org.jointcommissioning.outcomes.service.ContractLinkService;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * Contracts link to indicators from ContractAwarded (only those their partner owns or contributes to), spend adds up from PaymentRecorded (a redelivered
 * event, or the same payment under a new event id, counts once), and AwardCancelled ends the link.
 */
@QuarkusTest
@TestSecurity(user = "ann", roles = "auditor")
@OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
class ContractLinkEventsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ContractLinkService links;

    @Test
    void spendOnALinkedContractGivesTheCostPerPointOfImprovement() {
        String code = fixtures.indicator("county-council");
        fixtures.measure(code, "2026-27", "140"); // 40 points up from the baseline of 100
        String award = SentEvents.contractAwarded("county-council", "90000.00", code, "UNKNOWN-ELSEWHERE");
        String redelivered = UUID.randomUUID().toString();
        String payment = "pay-" + UUID.randomUUID();
        SentEvents.paymentRecorded(redelivered, payment, award, "10000.00");
        SentEvents.paymentRecorded(redelivered, payment, award, "10000.00");
        SentEvents.paymentRecorded(UUID.randomUUID().toString(), payment, award, "10000.00");
        SentEvents.paymentRecorded(UUID.randomUUID().toString(), "pay-" + UUID.randomUUID(), award, "5000.50");

        // The payments share a partition (keyed by fund): once the last one shows, the repeats before it were seen.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/indicators/" + code + "/contracts")
                .then().statusCode(200).body("valueForMoney.spent.amount", equalTo("15000.50")));

        given().get("/api/indicators/" + code + "/contracts").then()
                .body("contracts.awardId", contains(award))
                .body("contracts[0].supplierName", equalTo("Carers Network"))
                .body("contracts[0].committed.amount", equalTo("90000.00"))
                .body("contracts[0].spent.amount", equalTo("15000.50"))
                .body("contracts[0].expectedImprovement", equalTo(25))
                .body("valueForMoney.committed.amount", equalTo("90000.00"))
                .body("valueForMoney.improvementSinceBaseline", equalTo(40))
                // 15000.50 / 40 = 375.0125, half-up to the penny
                .body("valueForMoney.costPerPoint.amount", equalTo("375.01"))
                .body("valueForMoney.costPerPoint.currency", equalTo("GBP"));
    }

    @Test
    void withoutImprovementThereIsNoCostPerPoint() {
        String code = fixtures.indicator("county-council");
        fixtures.measure(code, "2026-27", "95"); // worse than the baseline
        String award = SentEvents.contractAwarded("county-council", "1000.00", code);
        SentEvents.paymentRecorded(UUID.randomUUID().toString(), "pay-" + UUID.randomUUID(), award, "500.00");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/indicators/" + code + "/contracts")
                .then().body("valueForMoney.spent.amount", equalTo("500.00")));
        given().get("/api/indicators/" + code + "/contracts").then()
                .body("valueForMoney.improvementSinceBaseline", equalTo(-5))
                .body("valueForMoney", not(hasKey("costPerPoint")));
    }

    @Test
    void aCancelledAwardNoLongerServesTheIndicator() {
        String code = fixtures.indicator("nhs-trust");
        String kept = SentEvents.contractAwarded("nhs-trust", "2000.00", code);
        String cancelled = SentEvents.contractAwarded("nhs-trust", "3000.00", code);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/indicators/" + code + "/contracts")
                .then().body("contracts.size()", equalTo(2)));

        SentEvents.awardCancelled(cancelled);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/indicators/" + code + "/contracts")
                .then().body("contracts.awardId", contains(kept)).body("valueForMoney.committed.amount", equalTo("2000.00")));
    }

    @Test
    void aContractServesOnlyIndicatorsItsPartnerOwnsOrContributesTo() {
        String countys = fixtures.indicatorWithContributors("county-council", "district-council");
        String polices = fixtures.indicator("police");
        var byContributor = SentEvents.awarded("district-council", "4000.00", countys, polices);
        var byStranger = SentEvents.awarded("nhs-trust", "6000.00", countys);
        var byOwner = SentEvents.awarded("police", "1000.00", polices);
        // Applied as the awards consumer applies them, in one transaction each.
        List.of(byContributor, byStranger, byOwner).forEach(e -> QuarkusTransaction.requiringNew().run(() -> links.awarded(e)));

        given().get("/api/indicators/" + countys + "/contracts").then()
                .body("contracts.awardId", contains(byContributor.awardId()))
                .body("valueForMoney.committed.amount", equalTo("4000.00"));
        given().get("/api/indicators/" + polices + "/contracts").then()
                .body("contracts.awardId", contains(byOwner.awardId()));
    }

    @Test
    void onlyPaymentsFromTheContractsFundCountAsItsSpend() {
        String code = fixtures.indicator("county-council");
        var award = SentEvents.awarded("county-council", "9000.00", code);
        QuarkusTransaction.requiringNew().run(() -> {
            links.awarded(award);
            links.paid(SentEvents.paid("pay-" + UUID.randomUUID(), "fund-elsewhere", award.awardId(), "700.00"));
            links.paid(SentEvents.paid("pay-" + UUID.randomUUID(), SentEvents.FUND, award.awardId(), "300.00"));
        });

        given().get("/api/indicators/" + code + "/contracts").then()
                .body("contracts[0].spent.amount", equalTo("300.00"))
                .body("valueForMoney.spent.amount", equalTo("300.00"));
    }

    @Test
    void anIndicatorWithoutContractsHasNothingCommitted() {
        given().get("/api/indicators/" + fixtures.indicator("police") + "/contracts").then().statusCode(200)
                .body("contracts", empty()).body("valueForMoney.spent.amount", equalTo("0.00"))
                .body("valueForMoney", not(hasKey("latest")))
                .body("valueForMoney", not(hasKey("improvementSinceBaseline")));
        given().get("/api/indicators/NO-SUCH/contracts").then().statusCode(404);
    }
}
