package org.jointcommissioning.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(GatewayTestResources.class)
class PublicReadsResourceTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/opportunities", "/api/opportunities/op-1", "/api/opportunities/op-1/questions",
            "/api/ocds", "/api/ocds/releases", "/api/ocds/records/ocid-1", "/api/open-data/360giving"})
    void letsAnyoneReadPublishedOpportunitiesAndTheOpenData(String path) {
        given().get(path).then().statusCode(200).body("service", equalTo("commissioning"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/opportunities/op-1/evaluations", "/api/awards", "/api/funds", "/api/bids"})
    void asksForATokenForAnyOtherRead(String path) {
        given().get(path).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void asksForATokenToChangeAPublicResource() {
        given().contentType("application/json").body("{}").post("/api/opportunities")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void stillChecksATokenSentWithAPublicRead() {
        given().auth().oauth2(Tokens.expired("alice")).get("/api/opportunities")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
