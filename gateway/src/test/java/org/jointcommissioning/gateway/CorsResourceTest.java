package org.jointcommissioning.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@TestProfile(CorsOriginsProfile.class)
@QuarkusTestResource(GatewayTestResources.class)
class CorsResourceTest {

    @Test
    void answersAPreflightFromAConfiguredOriginWithoutAToken() {
        given().header("Origin", CorsOriginsProfile.ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .options("/api/funds/f-1/contributions")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(CorsOriginsProfile.ORIGIN));
    }

    @Test
    void letsAConfiguredOriginReadTheAnswer() {
        given().header("Origin", CorsOriginsProfile.ORIGIN).auth().oauth2(Tokens.valid("alice")).get("/api/funds")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(CorsOriginsProfile.ORIGIN))
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }

    @Test
    void ignoresAnyOtherOrigin() {
        given().header("Origin", "https://elsewhere.example").get("/api/opportunities")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
