package org.jointcommissioning.budgets;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The service's API as the tests call it, as whoever the test's @TestSecurity says. */
public final class Api {

    private Api() {
    }

    public static Map<String, Object> gbp(String amount) {
        return Map.of("amount", amount, "currency", "GBP");
    }

    public static Map<String, Object> contribution(String partnerId, String kind, String amount) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnerId", partnerId);
        body.put("kind", kind);
        body.put("amount", gbp(amount));
        body.put("date", "2026-04-01");
        body.put("reference", "test");
        return body;
    }

    public static Map<String, Object> payment(String awardId, String amount) {
        return Map.of("awardId", awardId, "amount", gbp(amount), "date", "2026-06-30", "reference", "invoice");
    }

    public static ValidatableResponse post(String path, String idempotencyKey, Object body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post(path).then();
    }

    public static ValidatableResponse contribute(String fundId, String key, Object body) {
        return post("/api/funds/" + fundId + "/contributions", key, body);
    }

    public static ValidatableResponse pay(String fundId, String key, Object body) {
        return post("/api/funds/" + fundId + "/payments", key, body);
    }

    /** Checks statement figures, given as name then amount: {@code "pledged", "1000000.00", ...}. */
    public static ValidatableResponse assertStatement(String fundId, String... namesAndAmounts) {
        ValidatableResponse statement = given().get("/api/funds/{id}/statement", fundId).then().statusCode(200);
        for (int i = 0; i < namesAndAmounts.length; i += 2) {
            statement.body(namesAndAmounts[i] + ".amount", equalTo(namesAndAmounts[i + 1]));
        }
        return statement;
    }

    /** Checks that a response is a problem with the status and, when given, the invalid field. */
    public static void assertProblem(ValidatableResponse response, int status, String field) {
        response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
        if (field != null) {
            response.body("errors.field", org.hamcrest.Matchers.hasItem(field));
        }
    }
}
