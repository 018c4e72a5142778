package org.jointcommissioning.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** No proxy is trusted by default: what a caller claims about its address is ignored. */
@QuarkusTest
@QuarkusTestResource(GatewayTestResources.class)
class UntrustedForwardedResourceTest {

    @Test
    void ignoresForwardedHeadersFromAPeerThatIsNotATrustedProxy() {
        given().header("X-Forwarded-For", "203.0.113.7").header("X-Forwarded-Proto", "https")
                .header("Forwarded", "for=203.0.113.8;proto=https")
                .get("/api/opportunities")
                .then().statusCode(200)
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.forwarded", nullValue());
    }
}
