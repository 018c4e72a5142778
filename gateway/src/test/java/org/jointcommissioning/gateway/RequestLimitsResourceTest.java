package org.jointcommissioning.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jointcommissioning.gateway.limits.RequestLimits;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

/** An over-long address or over-large headers get a problem document from the gateway, not a bare status. */
@QuarkusTest
@QuarkusTestResource(GatewayTestResources.class)
class RequestLimitsResourceTest {

    @Test
    void anOverLongAddressIsA414Problem() {
        given().get("/api/opportunities/" + "x".repeat(RequestLimits.MAX_URI_LENGTH))
                .then().statusCode(414).contentType("application/problem+json")
                .body("status", equalTo(414)).body("instance.length()", lessThanOrEqualTo(2000));
    }

    @Test
    void overLargeHeadersAreA431Problem() {
        given().header("X-Padding", "x".repeat(RequestLimits.MAX_HEADERS_SIZE)).get("/api/opportunities")
                .then().statusCode(431).contentType("application/problem+json").body("status", equalTo(431));
    }
}
