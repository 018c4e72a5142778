package org.jointcommissioning.system;

import io.restassured.RestAssured;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens for the realm's demo users, by the password grant of the command-line client. Each is
 * minted once and reused until it is close to expiry.
 */
final class Tokens {

    static final String KEYCLOAK = System.getProperty("platform.keycloak", Platform.url("keycloak"));
    private static final Map<String, Token> CACHE = new ConcurrentHashMap<>();

    private record Token(String value, Instant renewAfter) {
    }

    private Tokens() {
    }

    /** Every token handed out so far, to prove none of them was ever logged. */
    static List<String> minted() {
        return CACHE.values().stream().map(Token::value).toList();
    }

    static String of(String user) {
        return CACHE.compute(user, (u, cached) ->
                cached != null && Instant.now().isBefore(cached.renewAfter()) ? cached : mint(u)).value();
    }

    private static Token mint(String user) {
        var response = RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "platform-cli")
                .formParam("username", user)
                .formParam("password", "demo")
                .post(KEYCLOAK + "/realms/commissioning/protocol/openid-connect/token")
                .then().statusCode(200).extract();
        int lifetime = response.path("expires_in");
        return new Token(response.path("access_token"),
                Instant.now().plus(Duration.ofSeconds(Math.max(10, lifetime - 30))));
    }
}
