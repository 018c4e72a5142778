package org.jointcommissioning.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
@TestProfile(SmallRateLimitProfile.class)
@QuarkusTestResource(GatewayTestResources.class)
class RateLimitResourceTest {

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
}
