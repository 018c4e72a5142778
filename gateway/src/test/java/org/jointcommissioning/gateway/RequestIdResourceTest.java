package org.jointcommissioning.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(GatewayTestResources.class)
class RequestIdResourceTest {

    private static final String UUID_PATTERN = "[0-9a-f-]{36}";

    @Test
    void keepsASaneRequestIdAndPassesItToTheService() {
        given().header("X-Request-Id", "client-42.a:b").get("/api/opportunities")
                .then().statusCode(200)
                .header("X-Request-Id", "client-42.a:b")
                .body("headers.x-request-id", equalTo("client-42.a:b"));
    }

    @Test
    void replacesARequestIdThatIsNotSane() {
        Response response = given().header("X-Request-Id", "<script>alert(1)</script>").get("/api/opportunities");
        response.then().statusCode(200).header("X-Request-Id", matchesPattern(UUID_PATTERN));
        assertEquals(response.header("X-Request-Id"), response.jsonPath().getString("headers.x-request-id"));
    }

    @Test
    void createsARequestIdWhenThereIsNone() {
        Response response = given().get("/api/ocds/releases");
        response.then().statusCode(200).header("X-Request-Id", matchesPattern(UUID_PATTERN));
        assertEquals(response.header("X-Request-Id"), response.jsonPath().getString("headers.x-request-id"));
    }

    @Test
    void putsTheRequestIdOnTheGatewaysOwnProblems() {
        given().header("X-Request-Id", "refused-7").get("/api/funds")
                .then().statusCode(401).header("X-Request-Id", "refused-7").body("requestId", equalTo("refused-7"));
    }

    @Test
    void continuesTheCallersTraceAndPassesItToTheService() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00";
        given().header("traceparent", traceparent).get("/api/opportunities")
                .then().statusCode(200)
                .body("headers.traceparent", matchesPattern("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-00"));
    }

    @Test
    void startsATraceWhenTheCallerSendsNone() {
        given().get("/api/opportunities")
                .then().statusCode(200).body("headers.traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"));
    }
}
