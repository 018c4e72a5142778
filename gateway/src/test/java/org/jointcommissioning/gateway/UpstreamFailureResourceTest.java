package org.jointcommissioning.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(GatewayTestResources.class)
class UpstreamFailureResourceTest {

    @Test
    void answersServiceUnavailableNamingAServiceThatIsDown() {
        given().auth().oauth2(Tokens.valid("alice")).header("X-Request-Id", "down-1").get("/api/offline-things")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jointcommissioning.org/problems/service-unavailable"))
                .body("service", equalTo("offline"))
                .body("detail", equalTo("The offline service is not available"))
                .body("requestId", equalTo("down-1"));
    }

    @Test
    void answersGatewayTimeoutNamingAServiceThatDoesNotAnswerInTime() {
        // The test profile allows one second; the outcomes stand-in never answers paths ending in /slow.
        given().auth().oauth2(Tokens.valid("alice")).get("/api/risks/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jointcommissioning.org/problems/gateway-timeout"))
                .body("service", equalTo("outcomes"))
                .body("instance", equalTo("/api/risks/slow"));
    }
}
