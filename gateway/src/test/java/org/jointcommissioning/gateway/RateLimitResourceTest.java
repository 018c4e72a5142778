package org.jointcommissioning.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestProfile(SmallRateLimitProfile.class)
@QuarkusTestResource(GatewayTestResources.class)
class RateLimitResourceTest {

    @TestHTTPResource("/api/indicators")
    URI indicators;

    @Test
    void answersTooManyRequestsWithRetryAfterOnceACallerIsOverItsLimit() {
        String rita = Tokens.valid("rita");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(rita).get("/api/indicators").then().statusCode(200);
        }
        given().auth().oauth2(rita).get("/api/indicators").then().statusCode(429)
                .contentType("application/problem+json")
                // A token comes back every 20 minutes (3 per hour): the wait is just under that.
                .header("Retry-After", matchesPattern("1[01][0-9][0-9]|1200"))
                .body("type", equalTo("https://jointcommissioning.org/problems/too-many-requests"))
                .body("status", equalTo(429));

        given().auth().oauth2(Tokens.valid("sam")).get("/api/indicators").then().statusCode(200);
    }

    @Test
    void cutsOffAFloodOfBadTokensFromOneAddressWhileItsValidCallersPass() {
        // Every bad token costs the address one request of its allowance, then the answer is 429.
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(Tokens.withUnknownKeyId("mallory")).get("/api/indicators").then().statusCode(401);
        }
        given().auth().oauth2(Tokens.opaque()).get("/api/indicators").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[0-9]+"))
                .body("type", equalTo("https://jointcommissioning.org/problems/too-many-requests"));
        given().get("/api/indicators").then().statusCode(429);
        given().get("/api/opportunities").then().statusCode(429);

        // A caller with a valid token is limited by its own subject, not by the address it shares.
        given().auth().oauth2(Tokens.valid("nadia")).get("/api/indicators").then().statusCode(200);
    }

    @Test
    void keepsTheConnectionUsableAfterRefusingARequestWithABody() throws Exception {
        String token = Tokens.valid("kim");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // The same pooled connection carries every request; a refused body must not leave it stuck.
        for (int i = 0; i < 6; i++) {
            HttpRequest request = HttpRequest.newBuilder(indicators)
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"NI179\"}"))
                    .build();
            int status = client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
            assertEquals(i < 3 ? 200 : 429, status);
        }
    }
}
