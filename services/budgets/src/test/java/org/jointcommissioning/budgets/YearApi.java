package org.jointcommissioning.budgets;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.jointcommissioning.testing.MutableClock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The financial-year operations as the tests call them, and the clock the scenario moves through the year. */
public final class YearApi {

    private YearApi() {
    }

    /** Puts the service's clock at ten in the morning (UTC) of a date, for the current test. */
    public static void on(String date) {
        MutableClock.install().set(Instant.parse(date + "T10:00:00Z"));
    }

    public static String years(String fundId) {
        return "/api/funds/" + fundId + "/years";
    }

    public static ValidatableResponse open(String fundId, String year, Map<String, Object> riskShare) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", year);
        if (riskShare != null) {
            body.put("riskShare", riskShare);
        }
        return Api.post(years(fundId), key(), body);
    }

    public static Map<String, Object> waterfall(String hostTranche) {
        return Map.of("rule", "waterfall", "hostTranche", Api.gbp(hostTranche));
    }

    public static ValidatableResponse line(String fundId, String year, String code, String budget) {
        return given().contentType(ContentType.JSON).body(Map.of("name", "Line " + code, "budget", Api.gbp(budget)))
                .put(years(fundId) + "/" + year + "/lines/" + code).then();
    }

    /** An award's commitment on a line, paid monthly from a month in whole pounds, the last instalment taking what is left. */
    public static ValidatableResponse schedule(String fundId, String awardId, String line, String amount,
                                               String firstMonth, int months) {
        BigDecimal total = new BigDecimal(amount);
        BigDecimal each = total.divide(BigDecimal.valueOf(months), 0, java.math.RoundingMode.UP).setScale(2);
        List<Map<String, Object>> schedule = new ArrayList<>();
        java.time.YearMonth month = java.time.YearMonth.parse(firstMonth);
        for (int i = 0; i < months; i++) {
            BigDecimal due = i == months - 1 ? total.subtract(each.multiply(BigDecimal.valueOf(months - 1))) : each;
            schedule.add(Map.of("month", month.plusMonths(i).toString(), "amount", Api.gbp(due.toPlainString())));
        }
        return given().contentType(ContentType.JSON).body(Map.of("line", line, "schedule", schedule))
                .put("/api/funds/" + fundId + "/commitments/" + awardId).then();
    }

    public static ValidatableResponse pay(String fundId, String awardId, String amount, String date) {
        return Api.pay(fundId, key(), Map.of("awardId", awardId, "amount", Api.gbp(amount), "date", date,
                "reference", "invoice " + date));
    }

    /** A pledge and its receipt, dated. */
    public static void paysIn(String fundId, String partner, String amount, String date) {
        for (String kind : List.of("pledge", "receipt")) {
            Map<String, Object> body = Api.contribution(partner, kind, amount);
            body.put("date", date);
            Api.contribute(fundId, key(), body).statusCode(201);
        }
    }

    public static ValidatableResponse forecast(String fundId, String year, String month, Map<String, String> lines) {
        List<Map<String, Object>> body = new ArrayList<>();
        lines.forEach((line, amount) -> body.add(Map.of("line", line, "forecast", Api.gbp(amount))));
        return Api.post(years(fundId) + "/" + year + "/forecasts", key(), Map.of("month", month, "lines", body));
    }

    public static ValidatableResponse statement(String fundId, String year) {
        return given().get(years(fundId) + "/" + year + "/statement").then();
    }

    public static ValidatableResponse close(String fundId, String year) {
        return given().header("Idempotency-Key", key()).post(years(fundId) + "/" + year + "/close").then();
    }

    public static ValidatableResponse approveCarryForward(String fundId, String year) {
        return given().header("Idempotency-Key", key()).post(years(fundId) + "/" + year + "/carry-forward/approvals")
                .then();
    }

    public static String key() {
        return UUID.randomUUID().toString();
    }

    /** Every entry balanced (the trial balance is zero) and no more committed than the fund has. */
    public static void assertLedgerBalanced(TestFunds funds, String fundId) {
        var balances = funds.balances(fundId);
        assertEquals(0, balances.trialBalance().signum(), "trial balance " + balances.trialBalance());
        assertTrue(balances.availableToCommit().signum() >= 0, "available " + balances.availableToCommit());
    }
}
