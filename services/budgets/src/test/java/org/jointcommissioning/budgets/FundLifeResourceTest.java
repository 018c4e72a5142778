package org.jointcommissioning.budgets;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import org.jointcommissioning.contracts.events.FundsCommitted;
import org.jointcommissioning.contracts.events.FundsReleased;
import org.jointcommissioning.contracts.events.Topics;
import org.jointcommissioning.testing.KafkaEvents;
import org.jointcommissioning.testing.ReceivedEvent;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole life of a fund, one step per test in order: its two members pledge and pay in £0.5m each, an award
 * reserves, is committed, partly paid, then cancelled. The statement is checked after each step.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FundLifeResourceTest {

    private static String fundId;
    private static String awardId;

    @Test
    @Order(1)
    @TestSecurity(user = "admin", roles = "partnership-admin")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void anAdminSetsUpPartnersAndAFund() {
        for (String[] partner : List.of(new String[]{"county-council", "county-council"},
                new String[]{"nhs-trust", "nhs"})) {
            int status = Api.post("/api/partners", null, Map.of("id", partner[0], "name", partner[0],
                    "kind", partner[1])).extract().statusCode();
            assertTrue(status == 201 || status == 409, "partner answered " + status);
        }
        fundId = Api.post("/api/funds", null, Map.of("name", "Better Care", "purpose", "Independent living",
                        "hostPartnerId", "county-council", "members", List.of("county-council", "nhs-trust"),
                        "financialYear", "2026-27", "currency", "GBP",
                        "indicatorCodes", List.of("NI179", "NI135"), "riskShare", Map.of("rule", "proportional")))
                .statusCode(201).body("status", equalTo("open"))
                .body("members", equalTo(List.of("county-council", "nhs-trust"))).extract().path("id");
        Api.assertStatement(fundId, "pledged", "0.00", "availableToCommit", "0.00");
    }

    @Test
    @Order(2)
    @TestSecurity(user = "fm-county", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void theCountyPledgesAndPaysIn() {
        Api.contribute(fundId, "county-pledge", Api.contribution("county-council", "pledge", "500000.00"))
                .statusCode(201);
        Api.assertStatement(fundId, "pledged", "500000.00", "received", "0.00", "outstandingPledges", "500000.00",
                "cashBalance", "0.00");
        Api.contribute(fundId, "county-receipt", Api.contribution("county-council", "receipt", "500000.00"))
                .statusCode(201);
        Api.assertStatement(fundId, "pledged", "500000.00", "received", "500000.00", "outstandingPledges", "0.00",
                "availableToCommit", "500000.00", "cashBalance", "500000.00");
    }

    @Test
    @Order(3)
    @TestSecurity(user = "fm-nhs", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "nhs-trust"))
    void theNhsTrustPledgesAndPaysIn() {
        Api.contribute(fundId, "nhs-pledge", Api.contribution("nhs-trust", "pledge", "500000.00")).statusCode(201);
        Api.contribute(fundId, "nhs-receipt", Api.contribution("nhs-trust", "receipt", "500000.00")).statusCode(201);
        Api.assertStatement(fundId, "pledged", "1000000.00", "received", "1000000.00", "reserved", "0.00",
                        "availableToCommit", "1000000.00", "cashBalance", "1000000.00")
                .body("partners.partnerId", equalTo(List.of("county-council", "nhs-trust")))
                .body("partners.sharePercent", equalTo(List.of(50.0f, 50.0f)));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "admin", roles = "partnership-admin")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void anAwardReservesMoney() {
        awardId = Saga.requestFunding(fundId, "300000.00");
        assertEquals("budgets.FundsReserved.v1", Saga.answerTo(awardId).type());
        Api.assertStatement(fundId, "reserved", "300000.00", "committed", "0.00", "availableToCommit", "700000.00",
                "cashBalance", "1000000.00");
    }

    @Test
    @Order(5)
    @TestSecurity(user = "admin", roles = "partnership-admin")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void theAnnouncedContractCommitsIt() {
        KafkaEvents.send(awardId, Saga.contractAwarded(awardId, fundId, "300000.00"));
        assertEquals("300000.00", Saga.event(FundsCommitted.class, awardId).json().path("amount").path("amount").asText());
        Api.assertStatement(fundId, "reserved", "0.00", "committed", "300000.00", "availableToCommit", "700000.00")
                .body("partners[0].shareOfCommitted.amount", equalTo("150000.00"));
        given().get("/api/funds/{id}/reservations", fundId).then().statusCode(200)
                .body("items[0].status", equalTo("committed")).body("items[0].held.amount", equalTo("300000.00"));
    }

    @Test
    @Order(6)
    @TestSecurity(user = "fm-county", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void theHostPaysTheSupplier() {
        Api.pay(fundId, "first-invoice", Api.payment(awardId, "100000.00")).statusCode(201)
                .body("awardId", equalTo(awardId));
        Api.assertStatement(fundId, "committed", "200000.00", "spent", "100000.00", "availableToCommit", "700000.00",
                        "cashBalance", "900000.00")
                .body("partners[1].shareOfSpent.amount", equalTo("50000.00"));
        ReceivedEvent paid = KafkaEvents.await(Topics.BUDGETS_FUNDS, e -> e.type().equals("budgets.PaymentRecorded.v1")
                && awardId.equals(e.json().path("awardId").asText()), 1, Saga.PATIENCE).get(0).assertValid();
        assertEquals(fundId, paid.key());
    }

    @Test
    @Order(7)
    @TestSecurity(user = "auditor", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void cancellingTheAwardReleasesWhatIsUnpaid() {
        KafkaEvents.send(awardId, Saga.awardCancelled(awardId, fundId));
        assertEquals("200000.00", Saga.event(FundsReleased.class, awardId).json().path("amount").path("amount").asText());
        Api.assertStatement(fundId, "pledged", "1000000.00", "received", "1000000.00", "reserved", "0.00",
                        "committed", "0.00", "spent", "100000.00", "availableToCommit", "900000.00",
                        "cashBalance", "900000.00", "underspend", "900000.00", "overspend", "0.00")
                .body("partners[0].shareOfUnderspend.amount", equalTo("450000.00"));
    }

    @Test
    @Order(8)
    @TestSecurity(user = "auditor", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void theJournalBalancesAndEveryEventKeepsItsContract() {
        JsonPath ledger = given().queryParam("size", 100).get("/api/funds/{id}/ledger", fundId)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(9, ledger.getInt("total"));
        assertEquals(List.of("fund-opened", "pledge", "receipt", "pledge", "receipt", "reservation", "commitment",
                "payment", "release"), ledger.getList("items.cause"));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), ledger.getList("items.number"));
        assertEquals("note", ledger.getString("items[0].kind"));
        assertEquals(List.of(), ledger.getList("items[0].lines"));
        for (int i = 1; i < 9; i++) {
            assertEquals("movement", ledger.getString("items[" + i + "].kind"));
            assertEquals(sum(ledger.getList("items[" + i + "].lines.debit.amount")),
                    sum(ledger.getList("items[" + i + "].lines.credit.amount")));
        }
        given().queryParam("asOf", "2026-03-31").get("/api/funds/{id}/statement", fundId).then().statusCode(200)
                .body("pledged.amount", equalTo("0.00"));
        KafkaEvents.await(Topics.BUDGETS_FUNDS, e -> fundId.equals(e.key()), 9, Saga.PATIENCE)
                .forEach(ReceivedEvent::assertValid);
    }

    private static BigDecimal sum(List<String> amounts) {
        return amounts.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
