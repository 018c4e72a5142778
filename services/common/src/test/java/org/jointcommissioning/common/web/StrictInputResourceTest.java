package org.jointcommissioning.common.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

/** One input policy for every service: what the contract forbids is a 400 (or 406/415) problem, never a 500. */
@QuarkusTest
class StrictInputResourceTest {

    @Test
    void aNulInAJsonStringIsRefusedNamingTheField() {
        post("{\"text\": \"befriending\\u0000\"}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\": 12345}", "{\"text\": true}", "{\"text\": \"a\", \"due\": 12345}",
            "{\"text\": \"a\", \"due\": \"+10000-01-01\"}", "{\"text\": \"a\", \"due\": \"2026-11-26T09:30:00Z\"}",
            "{\"text\": \"a\", \"due\": \"1066-10-14\"}", "{\"text\": \"a\", \"due\": \"\"}"})
    void aValueOfAnotherTypeOrFormIsNeverCoerced(String body) {
        post(body).statusCode(400).contentType("application/problem+json").body("errors", not(equalTo(null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1e3\"", "\" 100.00\"", "\"+1.00\"", "\".5\"", "\"1.0000\"", "12.5", "\"12345678901234.00\"",
            "\"1,000.00\""})
    void moneyIsOnlyADecimalStringWithAtMostTwoDecimals(String amount) {
        post("{\"text\": \"a\", \"budget\": {\"amount\": " + amount + ", \"currency\": \"GBP\"}}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", containsString("budget"));
    }

    @Test
    void wellFormedMoneyAndDatesAreAccepted() {
        post("{\"text\": \"a\", \"budget\": {\"amount\": \"500000.5\", \"currency\": \"GBP\"}, \"due\": \"2026-11-26\"}")
                .statusCode(201).body("budget.amount", equalTo("500000.50"));
    }

    @Test
    void anAbsentValueIsLeftOutOfTheAnswerNeverNull() {
        post("{\"text\": \"no budget\"}").statusCode(201).body("$", not(hasKey("budget")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/notes/%00", "/api/notes/a%1Fb", "/api/notes?page=0&size=10%00", "/api/notes/a%5Cb"})
    void aControlCharacterOrBackslashInThePathOrQueryIsABadRequest(String path) {
        given().urlEncodingEnabled(false).get(path)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=2147483647", "page=-1", "page=abc", "size=1e9", "size=0", "page=1&page=2"})
    void pagingOutsideItsBoundsIsABadRequestNamingTheParameter(String query) {
        given().get("/api/notes?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(query.startsWith("page") ? "page" : "size"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/xml", "text/plain", "text/html", "text/csv"})
    void anAnswerInAnotherMediaTypeIsNotAcceptable(String accept) {
        given().accept(accept).get("/api/notes")
                .then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void aBodyInAnotherMediaTypeIsUnsupported() {
        given().contentType(ContentType.TEXT).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("a question").post("/api/notes")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void anOverLongAddressIsAProblemNotABareStatus() {
        given().get("/api/notes?q=" + "x".repeat(RequestHygiene.MAX_URI_LENGTH))
                .then().statusCode(414).contentType("application/problem+json").body("status", equalTo(414));
    }

    @Test
    void overLargeHeadersAreAProblemNotABareStatus() {
        given().header("X-Padding", "x".repeat(RequestHygiene.MAX_HEADERS_SIZE)).get("/api/notes")
                .then().statusCode(431).contentType("application/problem+json").body("status", equalTo(431));
    }

    @ParameterizedTest
    @ValueSource(strings = {"If-Match", "Idempotency-Key"})
    void anOverLongControlHeaderIsABadRequestNamingTheHeader(String header) {
        given().contentType(ContentType.JSON).header(header, "k".repeat(RequestHygiene.CONTROL_HEADER_MAX + 1))
                .body("{\"text\": \"a\"}").post("/api/notes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(header));
    }

    @Test
    void anOverLongOperationScopeIsStillRememberedOnce() {
        String key = UUID.randomUUID().toString();
        String path = "/api/notes/" + "x".repeat(400) + "/copies";
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body("{\"text\": \"a\"}").post(path)
                .then().statusCode(201);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body("{\"text\": \"a\"}").post(path)
                .then().statusCode(201).header("Idempotent-Replayed", "true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null"})
    void anEmptyOrNullBodyWhereOneIsRequiredIsABadRequest(String body) {
        post(body).statusCode(400).contentType("application/problem+json");
    }

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post("/api/notes").then();
    }
}
