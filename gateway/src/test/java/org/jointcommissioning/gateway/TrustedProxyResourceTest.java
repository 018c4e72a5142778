package org.jointcommissioning.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Behind a trusted proxy the caller is the one the proxy names, for the services and for the rate limit. */
@QuarkusTest
@TestProfile(TrustedProxyProfile.class)
@QuarkusTestResource(GatewayTestResources.class)
class TrustedProxyResourceTest {

    @Test
    void passesOnTheCallerThatATrustedProxyNames() {
        given().header("X-Forwarded-For", "203.0.113.7").header("X-Forwarded-Proto", "https")
                .get("/api/opportunities")
                .then().statusCode(200)
                .body("headers.x-forwarded-for", equalTo("203.0.113.7"))
                .body("headers.x-forwarded-proto", equalTo("https"));
    }

    @Test
    void skipsTrustedProxiesInAChainAndStopsAtTheFirstOtherAddress() {
        // The client claimed 10.9.9.9 itself; the outer proxy (trusted) saw 198.51.100.9.
        given().header("X-Forwarded-For", "10.9.9.9, 198.51.100.9, 127.0.0.5")
                .get("/api/opportunities")
                .then().statusCode(200)
                .body("headers.x-forwarded-for", equalTo("198.51.100.9"));
    }

    @Test
    void readsTheStandardForwardedHeaderBeforeTheOldOne() {
        given().header("Forwarded", "for=\"[2001:db8::1]:4711\";proto=https")
                .header("X-Forwarded-For", "203.0.113.99")
                .get("/api/opportunities")
                .then().statusCode(200)
                .body("headers.x-forwarded-for", equalTo("2001:db8::1"))
                .body("headers.x-forwarded-proto", equalTo("https"))
                .body("headers.forwarded", nullValue());
    }

    @Test
    void limitsEachCallerBehindTheProxyByItsOwnAddressAndThisReplicasShare() {
        // Six per hour over two replicas: three here.
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", "203.0.113.50").get("/api/opportunities").then().statusCode(200);
        }
        given().header("X-Forwarded-For", "203.0.113.50").get("/api/opportunities").then().statusCode(429);
        given().header("X-Forwarded-For", "203.0.113.51").get("/api/opportunities").then().statusCode(200);
    }
}
