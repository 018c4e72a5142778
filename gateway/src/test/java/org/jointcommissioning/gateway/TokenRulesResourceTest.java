package org.jointcommissioning.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(GatewayTestResources.class)
class TokenRulesResourceTest {

    @ConfigProperty(name = "gateway.services.budgets.url")
    String budgets;

    @Test
    void refusesARequestWithoutAToken() {
        String path = refusedPath();
        given().post(path).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("https://jointcommissioning.org/problems/unauthenticated"))
                .body("status", equalTo(401))
                .body("instance", equalTo(path));
        assertNeverReachedTheService(path);
    }

    @Test
    void refusesAnExpiredToken() {
        assertRefused(Tokens.expired("alice"));
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        assertRefused(Tokens.fromIssuer("alice", "http://127.0.0.1:1/realms/elsewhere"));
    }

    @Test
    void refusesATokenForAnotherAudience() {
        assertRefused(Tokens.forAudience("alice", "some-other-api"));
    }

    @Test
    void refusesATokenSignedWithAnotherKey() {
        assertRefused(Tokens.signedByAnotherKey("alice"));
    }

    @Test
    void refusesACredentialThatIsNotABearerToken() {
        given().header("Authorization", "Basic YWxpY2U6c2VjcmV0").get("/api/funds")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void passesAValidTokenOnToTheService() {
        given().auth().oauth2(Tokens.valid("alice")).get("/api/funds")
                .then().statusCode(200).body("service", equalTo("budgets"));
    }

    private void assertRefused(String token) {
        String path = refusedPath();
        given().auth().oauth2(token).get(path).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("detail", equalTo("The bearer token is not valid"));
        assertNeverReachedTheService(path);
    }

    private void assertNeverReachedTheService(String path) {
        given().baseUri(budgets).get("/__received").then().statusCode(200).body(not(containsString(path)));
    }

    private static String refusedPath() {
        return "/api/funds/refused-" + UUID.randomUUID();
    }
}
