package org.jointcommissioning.gateway;

import java.net.URI;

import static io.restassured.RestAssured.given;

/** How often the gateway has asked {@link FakeKeycloak} to introspect a token or for the realm's keys. */
record KeycloakCalls(int introspection, int jwks) {

    static KeycloakCalls now() {
        URI realm = URI.create(Tokens.issuer());
        var calls = given().baseUri(realm.getScheme() + "://" + realm.getAuthority()).get("/__calls")
                .then().statusCode(200).extract().jsonPath();
        return new KeycloakCalls(calls.getInt("introspection"), calls.getInt("jwks"));
    }
}
