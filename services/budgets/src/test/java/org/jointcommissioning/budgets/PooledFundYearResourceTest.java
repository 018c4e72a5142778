package org.jointcommissioning.budgets;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
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
import static org.jointcommissioning.budgets.YearApi.assertLedgerBalanced;
import static org.jointcommissioning.budgets.YearApi.on;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A pooled fund of three members (the county council hosts; the NHS trust and the district council) through two
 * financial years, one step per test in order, the ledger balanced after every step.
 * <p>
 * 2025-26, settled by a waterfall (the first £50,000 to the host, the rest by contributions 5:3:2): £1m paid in,
 * two budget lines, two awards with payment schedules (one running into the next year), monthly forecasts; it
 * ends £90,000.01 under, which every member approves carrying into 2026-27. 2026-27 spends beyond its resources
 * (the partners had paid 2027-28's contributions in ahead) and ends £109,999.99 over, which the waterfall shares
 * and the close posts as further contributions owed. Both years' statements per partner add up to the outturn to
 * the penny; 2027-28 stays open.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PooledFundYearResourceTest {

    private static final String COUNTY = "county-council";
    private static final String NHS = "nhs-trust";
    private static final String DISTRICT = "district-council";

    private static String fundId;
    private static String reablementA;
    private static String carersB;
    private static String reablementC;
    private static String carersD;

    @Inject
    TestFunds funds;

    @Test
    @Order(1)
    @TestSecurity(user = "fm-county", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = COUNTY))
    void theHostOpens2025WithAWaterfallRuleAndTwoBudgetLines() {
        on("2025-04-01");
        fundId = funds.fundWithMembers(NHS, DISTRICT);
        YearApi.open(fundId, "2025-26", YearApi.waterfall("50000.00")).statusCode(201)
                .body("status", equalTo("open")).body("starts", equalTo("2025-04-01"))
                .body("ends", equalTo("2026-03-31")).body("riskShare.rule", equalTo("waterfall"))
                .body("riskShare.hostTranche.amount", equalTo("50000.00"));
        YearApi.line(fundId, "2025-26", "reablement", "600000.00").statusCode(200);
        YearApi.line(fundId, "2025-26", "carers", "400000.00").statusCode(200);
        assertLedgerBalanced(funds, fundId);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "admin", roles = "partnership-admin")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void thePartnersPayIn2025sContributions() {
        on("2025-04-01");
        YearApi.paysIn(fundId, COUNTY, "500000.00", "2025-04-01");
        YearApi.paysIn(fundId, NHS, "300000.00", "2025-04-01");
        YearApi.paysIn(fundId, DISTRICT, "200000.00", "2025-04-01");
        YearApi.statement(fundId, "2025-26").statusCode(200).body("contributions.amount", equalTo("1000000.00"))
                .body("resources.amount", equalTo("1000000.00"));
        assertLedgerBalanced(funds, fundId);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "fm-county", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = COUNTY))
    void twoAwardsAreCommittedAndScheduledOnTheirLines() {
        on("2025-04-15");
        reablementA = funds.committedAward(fundId, "549999.99");
        carersB = funds.committedAward(fundId, "360000.00");
        YearApi.schedule(fundId, reablementA, "reablement", "549999.99", "2025-05", 11).statusCode(200)
                .body("schedule[10].amount.amount", equalTo("49999.99"));
        YearApi.schedule(fundId, carersB, "carers", "360000.00", "2025-06", 12).statusCode(200)
                .body("schedule[11].month", equalTo("2026-05"));
        YearApi.statement(fundId, "2025-26").statusCode(200)
                .body("lines.line", equalTo(List.of("carers", "reablement")))
                .body("lines[1].committed.amount", equalTo("549999.99"))
                .body("lines[1].available.amount", equalTo("50000.01"))
                .body("total.available.amount", equalTo("90000.01"));
        assertLedgerBalanced(funds, fundId);
    }

    @Test
    @Order(4)
    @TestSecurity(user = "fm-county", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = COUNTY))
    void inJulyTheHostAcceptsTheProposedForecast() {
        on("2025-07-31");
        for (String month : List.of("2025-05-28", "2025-06-28", "2025-07-28")) {
            YearApi.pay(fundId, reablementA, "50000.00", month).statusCode(201);
        }
        YearApi.pay(fundId, carersB, "30000.00", "2025-06-28").statusCode(201);
        YearApi.pay(fundId, carersB, "30000.00", "2025-07-28").statusCode(201);
        // Spent to July plus what the schedules still hold for August to March.
        given().queryParam("month", "2025-07").get(YearApi.years(fundId) + "/2025-26/forecasts/proposal").then()
                .statusCode(200).body("lines.line", equalTo(List.of("carers", "reablement")))
                .body("lines[0].forecast.amount", equalTo("300000.00"))
                .body("lines[1].forecast.amount", equalTo("549999.99"))
                .body("variance.amount", equalTo("150000.01"));
        Api.post(YearApi.years(fundId) + "/2025-26/forecasts/proposal/accept", YearApi.key(),
                Map.of("month", "2025-07")).statusCode(201).body("forecast.amount", equalTo("849999.99"));
        YearApi.statement(fundId, "2025-26").statusCode(200)
                .body("lines[1].spent.amount", equalTo("150000.00"))
                .body("lines[1].committed.amount", equalTo("399999.99"))
                .body("lines[1].forecast.amount", equalTo("549999.99"))
                .body("lines[1].forecastVariance.amount", equalTo("50000.01"))
                .body("total.forecastMonth", equalTo("2025-07"));
        assertLedgerBalanced(funds, fundId);
    }

    @Test
    @Order(5)
    @TestSecurity(user = "fm-county", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = COUNTY))
    void inOctoberTheHostRecordsItsOwnForecastAndTheSeriesShowsTheMove() {
        on("2025-10-31");
        YearApi.forecast(fundId, "2025-26", "2025-10", Map.of("reablement", "560000.00")).statusCode(201)
                .body("forecast.amount", equalTo("860000.00"));
        JsonPath series = given().get(YearApi.years(fundId) + "/2025-26/forecasts").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("2025-07", "2025-08", "2025-09", "2025-10"), series.getList("month"));
        assertEquals(List.of("849999.99", "849999.99", "849999.99", "860000.00"),
                series.getList("forecast.amount"));
        assertEquals("140000.00", series.getString("[3].variance.amount"));
    }

    @Test
    @Order(6)
    @TestSecurity(user = "fm-county", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = COUNTY))
    void byMarchTheScheduledPaymentsAreMadeAndTheYearCannotCloseBeforeItEnds() {
        on("2026-03-31");
        YearApi.pay(fundId, reablementA, "399999.99", "2026-03-20").statusCode(201);
        YearApi.pay(fundId, carersB, "240000.00", "2026-03-20").statusCode(201);
        Api.assertProblem(YearApi.close(fundId, "2025-26"), 409, null);
        assertLedgerBalanced(funds, fundId);
    }

    @Test
    @Order(7)
    @TestSecurity(user = "fm-county", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = COUNTY))
    void closing2025SharesItsUnderspendByTheWaterfall() {
        on("2026-04-02");
        YearApi.open(fundId, "2026-27", YearApi.waterfall("50000.00")).statusCode(201);
        // Outturn: 849,999.99 spent plus 60,000.00 of carers' commitment rolling into 2026-27.
        YearApi.close(fundId, "2025-26").statusCode(200).body("status", equalTo("closed"))
                .body("spent.amount", equalTo("849999.99")).body("rolledOut.amount", equalTo("60000.00"))
                .body("outturn.amount", equalTo("909999.99")).body("variance.amount", equalTo("90000.01"))
                .body("underspendDecision", equalTo("awaiting-decision"))
                // 50,000 to the host; 40,000.01 by 5:3:2, the odd penny to the largest remainder (the county's).
                .body("shares.partnerId", equalTo(List.of(COUNTY, DISTRICT, NHS)))
                .body("shares.amount.amount", equalTo(List.of("70000.01", "8000.00", "12000.00")));
        JsonPath partners = given().get(YearApi.years(fundId) + "/2025-26/partners").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("429999.99", "192000.00", "288000.00"), partners.getList("partners.outturnBorne.amount"));
        assertEquals(new BigDecimal("909999.99"), sum(partners.getList("partners.outturnBorne.amount")));
        assertEquals(partners.getString("outturn.amount"), "909999.99");
        assertTicksToTheLedger(partners, "year-end-settlement");
        assertLedgerBalanced(funds, fundId);
        assertEquals("0.00", funds.balances(fundId).availableToCommit().toPlainString());
    }

    @Test
    @Order(8)
    @TestSecurity(user = "fm-county", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = COUNTY))
    void aClosedYearTakesNothingMore() {
        on("2026-04-03");
        Api.assertProblem(YearApi.pay(fundId, carersB, "1.00", "2026-03-31"), 409, null);
        Api.assertProblem(YearApi.line(fundId, "2025-26", "carers", "1.00"), 409, null);
        Api.assertProblem(YearApi.forecast(fundId, "2025-26", "2026-03", Map.of("carers", "1.00")), 409, null);
        Api.assertProblem(YearApi.close(fundId, "2025-26"), 409, null);
        // The correction goes into the open year.
        YearApi.pay(fundId, carersB, "30000.00", "2026-04-28").statusCode(201);
        assertLedgerBalanced(funds, fundId);
    }

    @Test
    @Order(9)
    @TestSecurity(user = "fm-nhs", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = NHS))
    void theNhsTrustApprovesTheCarryForwardFirst() {
        on("2026-04-10");
        YearApi.approveCarryForward(fundId, "2025-26").statusCode(200)
                .body("carryForwardApprovedBy", equalTo(List.of(NHS)))
                .body("carryForwardAwaiting", equalTo(List.of(COUNTY, DISTRICT)));
        YearApi.approveCarryForward(fundId, "2025-26").statusCode(200)
                .body("carryForwardApprovedBy", equalTo(List.of(NHS)));
        assertEquals("0.00", funds.balances(fundId).availableToCommit().toPlainString());
    }

    @Test
    @Order(10)
    @TestSecurity(user = "fm-district", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = DISTRICT))
    void theDistrictApproves() {
        on("2026-04-11");
        YearApi.approveCarryForward(fundId, "2025-26").statusCode(200)
                .body("carryForwardAwaiting", equalTo(List.of(COUNTY)));
    }

    @Test
    @Order(11)
    @TestSecurity(user = "fm-county", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = COUNTY))
    void theHostsApprovalCarriesTheUnderspendInto2026() {
        on("2026-04-12");
        YearApi.approveCarryForward(fundId, "2025-26").statusCode(200)
                .body("underspendDecision", equalTo("carried-forward")).body("carryForwardAwaiting", equalTo(List.of()));
        YearApi.statement(fundId, "2026-27").statusCode(200).body("carriedIn.amount", equalTo("90000.01"))
                .body("rolledIn.amount", equalTo("60000.00"));
        assertEquals("90000.01", funds.balances(fundId).availableToCommit().toPlainString());
        assertLedgerBalanced(funds, fundId);
    }

    @Test
    @Order(12)
    @TestSecurity(user = "admin", roles = "partnership-admin")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void thePartnersPayIn2026sAnd2027sContributions() {
        on("2026-04-15");
        YearApi.paysIn(fundId, COUNTY, "500000.00", "2026-04-01");
        YearApi.paysIn(fundId, NHS, "300000.00", "2026-04-01");
        YearApi.paysIn(fundId, DISTRICT, "200000.00", "2026-04-01");
        // Agreed ahead and paid in early: the next year's money, which 2026-27 will dip into.
        YearApi.paysIn(fundId, COUNTY, "500000.00", "2027-04-01");
        YearApi.paysIn(fundId, NHS, "300000.00", "2027-04-01");
        YearApi.paysIn(fundId, DISTRICT, "200000.00", "2027-04-01");
        assertLedgerBalanced(funds, fundId);
    }

    @Test
    @Order(13)
    @TestSecurity(user = "fm-county", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = COUNTY))
    void in2026TheFundCommitsMoreThanTheYearHas() {
        on("2026-04-20");
        YearApi.line(fundId, "2026-27", "reablement", "650000.00").statusCode(200);
        YearApi.line(fundId, "2026-27", "carers", "440000.01").statusCode(200);
        reablementC = funds.committedAward(fundId, "800000.00");
        carersD = funds.committedAward(fundId, "400000.00");
        YearApi.schedule(fundId, reablementC, "reablement", "800000.00", "2026-05", 10).statusCode(200);
        YearApi.schedule(fundId, carersD, "carers", "400000.00", "2026-05", 12).statusCode(200);
        assertLedgerBalanced(funds, fundId);
    }

    @Test
    @Order(14)
    @TestSecurity(user = "fm-county", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = COUNTY))
    void andSpendsItByMarch() {
        on("2027-03-31");
        YearApi.pay(fundId, carersB, "30000.00", "2026-05-28").statusCode(201);
        YearApi.pay(fundId, reablementC, "800000.00", "2027-02-26").statusCode(201);
        YearApi.pay(fundId, carersD, "330000.00", "2027-03-26").statusCode(201);
        YearApi.statement(fundId, "2026-27").statusCode(200)
                .body("lines[0].spent.amount", equalTo("390000.00"))
                .body("lines[0].committed.amount", equalTo("70000.00"))
                .body("lines[0].available.amount", equalTo("-19999.99"));
        assertLedgerBalanced(funds, fundId);
    }

    @Test
    @Order(15)
    @TestSecurity(user = "fm-county", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = COUNTY))
    void closing2026SharesItsOverspendByTheWaterfall() {
        on("2027-04-05");
        YearApi.open(fundId, "2027-28", null).statusCode(201).body("riskShare.rule", equalTo("proportional"));
        // Resources 1,090,000.01; outturn 1,190,000.00 spent + 70,000.00 rolling out - 60,000.00 rolled in.
        YearApi.close(fundId, "2026-27").statusCode(200)
                .body("resources.amount", equalTo("1090000.01")).body("outturn.amount", equalTo("1200000.00"))
                .body("variance.amount", equalTo("-109999.99")).body("underspendDecision", equalTo("none"))
                // 50,000 to the host; 59,999.99 by 5:3:2, the two odd pennies to the largest remainders.
                .body("shares.amount.amount", equalTo(List.of("-79999.99", "-12000.00", "-18000.00")));
        JsonPath partners = given().get(YearApi.years(fundId) + "/2026-27/partners").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("650000.00", "220000.00", "330000.00"), partners.getList("partners.outturnBorne.amount"));
        assertEquals(new BigDecimal("1200000.00"), sum(partners.getList("partners.outturnBorne.amount")));
        assertTicksToTheLedger(partners, "year-end-settlement");
        // The partners owe the overspend as further contributions.
        assertEquals("109999.99", funds.balances(fundId).outstandingPledges().toPlainString());
        assertLedgerBalanced(funds, fundId);
    }

    @Test
    @Order(16)
    @TestSecurity(user = "performance-district", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = DISTRICT))
    void aMembersStaffSeeTwoClosedYearsAndAnOpenOne() {
        on("2027-04-06");
        given().get(YearApi.years(fundId)).then().statusCode(200)
                .body("year", equalTo(List.of("2025-26", "2026-27", "2027-28")))
                .body("status", equalTo(List.of("closed", "closed", "open")));
        YearApi.statement(fundId, "2025-26").statusCode(200).body("asOf", equalTo("2026-03-31"))
                .body("underspendDecision", equalTo("carried-forward"));
        Api.assertProblem(YearApi.close(fundId, "2027-28"), 403, null);
    }

    @Test
    @Order(17)
    @TestSecurity(user = "auditor", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void everyStepWasAnEventThatKeepsItsContract() {
        List<String> types = KafkaEvents.await(Topics.BUDGETS_FUNDS, e -> fundId.equals(e.key())
                        && e.type().matches("budgets\\.(FinancialYear.*|BudgetLineSet|CommitmentScheduled"
                        + "|ForecastRecorded|CarryForwardApproved|UnderspendSettled)\\.v1"), 19, Saga.PATIENCE)
                .stream().map(ReceivedEvent::assertValid).map(ReceivedEvent::type).toList();
        assertEquals(2, types.stream().filter("budgets.FinancialYearClosed.v1"::equals).count());
        assertEquals(3, types.stream().filter("budgets.CarryForwardApproved.v1"::equals).count());
        assertEquals(1, types.stream().filter("budgets.UnderspendSettled.v1"::equals).count());
        String yearId = given().get(YearApi.years(fundId) + "/2025-26").then().extract().path("id");
        given().queryParam("entity", "financial-year").queryParam("id", yearId).get("/api/audit/budgets").then().statusCode(200).body("total", equalTo(5));
    }

    /** Each partner's settlement names the one journal entry of the close, which carries its share. */
    private void assertTicksToTheLedger(JsonPath partners, String cause) {
        JsonPath ledger = given().queryParam("size", 100).get("/api/funds/{id}/ledger", fundId).then()
                .statusCode(200).extract().jsonPath();
        List<Integer> numbers = ledger.getList("items.number");
        List<String> causes = ledger.getList("items.cause");
        for (int i = 0; i < partners.getList("partners").size(); i++) {
            List<Integer> entries = partners.getList("partners[" + i + "].entries");
            int entry = entries.get(entries.size() - 1);
            assertEquals(cause, causes.get(numbers.indexOf(entry)));
        }
    }

    private static BigDecimal sum(List<String> amounts) {
        return amounts.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
