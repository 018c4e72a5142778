package org.jointcommissioning.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Whatever Host a caller sends, the gateway's own answers never repeat it (no link a forged Host could steer). */
@QuarkusTest
@QuarkusTestResource(GatewayTestResources.class)
class HostHeaderResourceTest {

    private static final String FORGED = "attacker.example.net";

    @ParameterizedTest
    @ValueSource(strings = {"/api-docs", "/api-docs/", "/api-docs/services.json", "/openapi-ui", "/api/nowhere",
            "/api/funds", "/api/../q/health", "/q/health/ready", "/q/health/live", "/no-such-page"})
    void neverRepeatsAForgedHost(String path) {
        Response response = given().header("Host", FORGED).redirects().follow(false).get(path);
        assertThat(path, response.getHeader("Location"), anyOf(nullValue(), not(containsString(FORGED))));
        assertThat(path, response.asString(), not(containsString(FORGED)));
    }

    @Test
    void passesTheHostOnToTheServiceAsSent() {
        // Services build their links from their configured public address, so the Host no longer steers them.
        given().header("Host", FORGED).auth().oauth2(Tokens.valid("alice")).get("/api/funds")
                .then().statusCode(200).body("headers.host", equalTo(FORGED));
    }

    @Test
    void redirectsToTheDocumentationByPathOnly() {
        given().header("Host", FORGED).redirects().follow(false).get("/api-docs")
                .then().statusCode(302).header("Location", equalTo("/api-docs/"));
    }

    @Test
    void namesTheRequestPathAsTheProblemsInstance() {
        given().header("Host", FORGED).get("/api/nowhere")
                .then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo("/api/nowhere"));
    }
}
