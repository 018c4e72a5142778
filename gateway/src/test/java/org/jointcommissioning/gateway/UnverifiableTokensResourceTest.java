package org.jointcommissioning.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A token the gateway cannot verify with the realm's cached keys is refused on the spot: Keycloak is never
 * asked to introspect it, and the log stays quiet (such tokens are the caller's mistake, not the gateway's).
 */
@QuarkusTest
@QuarkusTestResource(GatewayTestResources.class)
class UnverifiableTokensResourceTest {

    static Stream<Arguments> unverifiableTokens() {
        return Stream.of(
                Arguments.of("not a JWT", Tokens.opaque()),
                Arguments.of("alg none", Tokens.unsigned("alice")),
                Arguments.of("signature stripped", Tokens.withoutSignature("alice")),
                Arguments.of("unknown key id", Tokens.withUnknownKeyId("alice")),
                Arguments.of("another realm's token", Tokens.fromAnotherRealm("alice")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unverifiableTokens")
    void refusesWithAProblemWithoutAskingKeycloakOrLoggingAnError(String kind, String token) {
        KeycloakCalls before = KeycloakCalls.now();
        TestLog log = TestLog.fromNow();

        given().auth().oauth2(token).get("/api/funds").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("type", equalTo("https://jointcommissioning.org/problems/unauthenticated"))
                .body("status", equalTo(401))
                .body("detail", equalTo("The bearer token is not valid"))
                .body("instance", equalTo("/api/funds"));

        assertEquals(before.introspection(), KeycloakCalls.now().introspection(), "introspection calls");
        assertEquals(List.of(), log.warningsAndErrors());
    }

    @Test
    void fetchesTheKeysAgainAtMostOnceForManyUnknownKeyIds() {
        KeycloakCalls before = KeycloakCalls.now();
        for (int i = 0; i < 10; i++) {
            given().auth().oauth2(Tokens.withUnknownKeyId("mallory")).get("/api/funds").then().statusCode(401);
        }
        int refreshes = KeycloakCalls.now().jwks() - before.jwks();
        assertTrue(refreshes <= 1, "the realm's keys were fetched " + refreshes + " times");
        given().auth().oauth2(Tokens.valid("alice")).get("/api/funds").then().statusCode(200);
    }
}
