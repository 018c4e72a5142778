package org.jointcommissioning.budgets;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.jointcommissioning.budgets.Api.assertProblem;
import static org.jointcommissioning.budgets.YearApi.on;
import static org.jointcommissioning.budgets.YearApi.years;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who may do what with a fund's years (the county council hosts, the NHS trust is a member, the police is not),
 * requests the contract refuses, a closed year that takes nothing, and an underspend returned to the partners.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FinancialYearAccessResourceTest {

    private static String fundId;
    private static String awardId;

    @Inject
    TestFunds funds;

    @Test
    @Order(1)
    @TestSecurity(user = "fm-county", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void theHostsFinanceManagerRunsTheYearAndTheContractRefusesWhatBreaksItsRules() {
        on("2025-05-01");
        fundId = funds.fundWithMembers("nhs-trust");
        funds.paidIn(fundId, "county-council", "600.00", LocalDate.parse("2025-04-01"));
        funds.paidIn(fundId, "nhs-trust", "400.00", LocalDate.parse("2025-04-01"));
        assertProblem(YearApi.open(fundId, "2025-27", null), 400, "year");
        assertProblem(YearApi.open(fundId, "2025-26", Map.of("rule", "waterfall")), 400, "riskShare.hostTranche");
        assertProblem(YearApi.open(fundId, "2025-26", Map.of("rule", "fixed", "shares", Map.of("police", 100))), 400,
                "riskShare.shares");
        assertProblem(YearApi.open(fundId, "2025-26", Map.of("rule", "proportional", "colour", "red")), 400, null);
        assertProblem(Api.post(years(fundId), null, Map.of("year", "2025-26")), 400, null);
        YearApi.open(fundId, "2025-26", null).statusCode(201).body("riskShare.rule", equalTo("proportional"));
        assertProblem(YearApi.open(fundId, "2025-26", null), 409, null);
        assertProblem(YearApi.line(fundId, "2025-26", "Not A Code", "1.00"), 400, null);
        assertProblem(YearApi.line(fundId, "2025-26", "care", "1.001"), 400, null);
        YearApi.line(fundId, "2025-26", "care", "1000.00").statusCode(200).body("budget.amount", equalTo("1000.00"));
        awardId = funds.committedAward(fundId, "300.00");
        assertProblem(YearApi.schedule(fundId, "no-such-award", "care", "300.00", "2025-06", 3), 404, null);
        assertProblem(YearApi.schedule(fundId, awardId, "nursing", "300.00", "2025-06", 3), 400, "line");
        assertProblem(YearApi.schedule(fundId, awardId, "care", "299.00", "2025-06", 3), 400, "schedule");
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("line", "care", "schedule",
                List.of(Map.of("month", "2025-13", "amount", Api.gbp("300.00")))))
                .put("/api/funds/" + fundId + "/commitments/" + awardId).then(), 400, null);
        YearApi.schedule(fundId, awardId, "care", "300.00", "2025-06", 3).statusCode(200);
        assertProblem(given().get(years(fundId) + "/2025-26/forecasts/proposal").then(), 400, "month");
        assertProblem(given().queryParam("month", "2026-04").get(years(fundId) + "/2025-26/forecasts/proposal")
                .then(), 400, "month");
        assertProblem(YearApi.forecast(fundId, "2025-26", "2025-06", Map.of("nursing", "1.00")), 400, "lines");
        assertProblem(given().get(years(fundId) + "/2025-26/partners").then(), 409, null);
        assertProblem(given().get(years(fundId) + "/2024-25").then(), 404, null);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "fm-nhs", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "nhs-trust"))
    void aMembersFinanceManagerReadsButDoesNotRunTheYear() {
        on("2025-05-02");
        readsEverything();
        assertProblem(YearApi.open(fundId, "2026-27", null), 403, null);
        assertProblem(YearApi.line(fundId, "2025-26", "care", "2.00"), 403, null);
        assertProblem(YearApi.schedule(fundId, awardId, "care", "300.00", "2025-06", 3), 403, null);
        assertProblem(YearApi.forecast(fundId, "2025-26", "2025-06", Map.of("care", "1.00")), 403, null);
        assertProblem(Api.post(years(fundId) + "/2025-26/forecasts/proposal/accept", YearApi.key(),
                Map.of("month", "2025-06")), 403, null);
        assertProblem(YearApi.close(fundId, "2025-26"), 403, null);
        assertProblem(returnUnderspend(), 403, null);
        assertProblem(YearApi.approveCarryForward(fundId, "2025-26"), 409, null);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "commissioner-nhs", roles = "commissioner")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "nhs-trust"))
    void aMembersOtherStaffReadOnly() {
        readsEverything();
        assertProblem(YearApi.line(fundId, "2025-26", "care", "2.00"), 403, null);
        assertProblem(YearApi.approveCarryForward(fundId, "2025-26"), 403, null);
    }

    @Test
    @Order(4)
    @TestSecurity(user = "fm-police", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "police"))
    void anotherPartnerIsToldTheFundDoesNotExist() {
        for (Supplier<ValidatableResponse> call : List.<Supplier<ValidatableResponse>>of(
                () -> given().get(years(fundId)).then(),
                () -> given().get(years(fundId) + "/2025-26").then(),
                () -> YearApi.statement(fundId, "2025-26"),
                () -> given().get(years(fundId) + "/2025-26/lines").then(),
                () -> given().get(years(fundId) + "/2025-26/forecasts").then(),
                () -> given().queryParam("month", "2025-06").get(years(fundId) + "/2025-26/forecasts/proposal").then(),
                () -> given().get(years(fundId) + "/2025-26/partners").then(),
                () -> given().get("/api/funds/" + fundId + "/commitments/" + awardId).then(),
                () -> YearApi.open(fundId, "2026-27", null),
                () -> YearApi.line(fundId, "2025-26", "care", "2.00"),
                () -> YearApi.schedule(fundId, awardId, "care", "300.00", "2025-06", 3),
                () -> YearApi.forecast(fundId, "2025-26", "2025-06", Map.of("care", "1.00")),
                () -> YearApi.close(fundId, "2025-26"),
                () -> YearApi.approveCarryForward(fundId, "2025-26"),
                FinancialYearAccessResourceTest::returnUnderspend)) {
            assertProblem(call.get(), 404, null);
        }
    }

    @Test
    @Order(5)
    @TestSecurity(user = "fm-county", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void closingAYearWithoutSpendHoldsAllItsMoneyAndNothingMoreIsPostedToIt() {
        on("2026-04-02");
        YearApi.close(fundId, "2025-26").statusCode(200).body("variance.amount", equalTo("700.00"))
                .body("rolledOut.amount", equalTo("300.00"))
                .body("shares.amount.amount", equalTo(List.of("420.00", "280.00")));
        Map<String, Object> lateReceipt = Api.contribution("county-council", "pledge", "5.00");
        lateReceipt.put("date", "2026-03-31");
        assertProblem(Api.contribute(fundId, YearApi.key(), lateReceipt), 409, null);
        assertEquals(0, funds.balances(fundId).trialBalance().signum());
    }

    @Test
    @Order(6)
    @TestSecurity(user = "fm-nhs", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "nhs-trust"))
    void aCarryForwardNeedsTheNextYearOpen() {
        on("2026-04-03");
        assertProblem(YearApi.approveCarryForward(fundId, "2025-26"), 409, null);
    }

    @Test
    @Order(7)
    @TestSecurity(user = "fm-county", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void theHostReturnsTheUnderspendInTheirShares() {
        on("2026-04-04");
        returnUnderspend().statusCode(200).body("underspendDecision", equalTo("returned"));
        assertProblem(returnUnderspend(), 409, null);
        var balances = funds.balances(fundId);
        assertEquals("300.00", balances.cashBalance().toPlainString());
        assertEquals("0.00", balances.availableToCommit().toPlainString());
        assertEquals(0, balances.trialBalance().signum());
        given().get(years(fundId) + "/2025-26/partners").then().statusCode(200)
                .body("partners.outturnBorne.amount", equalTo(List.of("180.00", "120.00")))
                .body("outturn.amount", equalTo("300.00"));
    }

    private static ValidatableResponse returnUnderspend() {
        return given().header("Idempotency-Key", YearApi.key()).post(years(fundId) + "/2025-26/underspend/return")
                .then();
    }

    private static void readsEverything() {
        given().get(years(fundId)).then().statusCode(200).body("year", equalTo(List.of("2025-26")));
        YearApi.statement(fundId, "2025-26").statusCode(200).body("lines[0].line", equalTo("care"));
        given().get(years(fundId) + "/2025-26/lines").then().statusCode(200);
        given().get(years(fundId) + "/2025-26/forecasts").then().statusCode(200);
        given().get("/api/funds/" + fundId + "/commitments/" + awardId).then().statusCode(200)
                .body("schedule.month", equalTo(List.of("2025-06", "2025-07", "2025-08")));
    }
}
