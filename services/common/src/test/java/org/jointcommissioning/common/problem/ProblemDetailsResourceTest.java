package org.jointcommissioning.common.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Every kind of error answers as an RFC 9457 problem, with the request id and nothing internal. */
@QuarkusTest
class ProblemDetailsResourceTest {

    @Test
    void invalidFieldsAreListedOneByOne() {
        post("{\"text\": \"\", \"budget\": {\"amount\": \"0.00\", \"currency\": \"GBP\"}}")
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://jointcommissioning.org/problems/invalid-request"))
                .body("title", notNullValue())
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/notes"))
                .body("errors.find { it.field == 'text' }.message", notNullValue())
                .body("errors.find { it.field == 'budget' }.message", equalTo("amount must be more than zero"));
    }

    @Test
    void anUnknownPropertyIsRejectedByName() {
        post("{\"text\": \"a\", \"colour\": \"red\"}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("colour"))
                .body("detail", containsString("unknown property 'colour'"));
    }

    @Test
    void aValueOfTheWrongTypeNamesTheField() {
        post("{\"text\": \"a\", \"due\": \"next tuesday\"}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("due"))
                .body("detail", containsString("a date such as"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        post("{\"text\": ")
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not well-formed JSON"));
    }

    @Test
    void anUnknownCurrencyIsRejected() {
        post("{\"text\": \"a\", \"budget\": {\"amount\": \"12.50\", \"currency\": \"XYZ\"}}")
                .statusCode(400)
                .body("errors[0].message", containsString("ISO 4217"));
    }

    @Test
    void aMissingResourceIsNotFound() {
        given().get("/api/notes/nothing-here")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Note nothing-here does not exist"));
    }

    @Test
    void anUnknownPathIsNotFound() {
        given().get("/api/nowhere").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aWrongMediaTypeIsUnsupported() {
        given().contentType(ContentType.TEXT).body("text").header("Idempotency-Key", "k")
                .post("/api/notes")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() {
        post("{\"text\": \"" + "x".repeat(4000) + "\"}")
                .statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aBadPageSizeIsABadRequest() {
        given().get("/api/notes?size=101").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void aStaleVersionIsAConflict() {
        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"text\": \"v0\"}").post("/api/notes").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{\"text\": \"v1\"}").put("/api/notes/" + id + "?version=0")
                .then().statusCode(200);

        given().contentType(ContentType.JSON).body("{\"text\": \"v1 again\"}").put("/api/notes/" + id + "?version=0")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anonymousCallersAreUnauthenticated() {
        given().get("/api/notes/secret").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "bidder-carers", roles = "bidder")
    void aCallerWithoutTheRoleIsForbidden() {
        given().get("/api/notes/secret").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "commissioner-county", roles = "commissioner")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void someoneElsesRowIsNotFoundRatherThanForbidden() {
        given().get("/api/notes/of/county-council").then().statusCode(200);
        given().get("/api/notes/of/nhs-trust").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anUnexpectedFailureShowsAnErrorIdButNothingInternal() {
        given().get("/api/notes/broken")
                .then().statusCode(500).contentType("application/problem+json")
                .body("errorId", notNullValue())
                .body(not(containsString("secret_table")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void theRequestIdIsKeptAndReturnedInTheProblem() {
        given().header("X-Request-Id", "req-12345").get("/api/notes/nothing-here")
                .then().statusCode(404)
                .header("X-Request-Id", "req-12345")
                .body("requestId", equalTo("req-12345"));
    }

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post("/api/notes").then();
    }
}
