package org.jointcommissioning.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(GatewayTestResources.class)
class SecurityHeadersResourceTest {

    @Test
    void putsSecurityHeadersOnApiAnswersAndProblems() {
        for (String path : new String[] {"/api/opportunities", "/api/funds"}) {
            given().get(path).then()
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Referrer-Policy", equalTo("no-referrer"))
                    .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"));
        }
    }

    @Test
    void allowsNoCrossOriginCallsUnlessOriginsAreConfigured() {
        given().header("Origin", "https://elsewhere.example").get("/api/opportunities")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .options("/api/opportunities")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
