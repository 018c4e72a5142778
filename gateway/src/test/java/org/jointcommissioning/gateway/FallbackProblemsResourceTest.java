package org.jointcommissioning.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Outside /api the gateway answers with problems too. */
@QuarkusTest
@QuarkusTestResource(GatewayTestResources.class)
class FallbackProblemsResourceTest {

    @Test
    void answersAPathNothingServesWithANotFoundProblem() {
        given().get("/no-such-page").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jointcommissioning.org/problems/not-found"))
                .body("instance", equalTo("/no-such-page"))
                .body("requestId", notNullValue());
    }

    @Test
    void answersAnUnknownApiDocumentWithANotFoundProblem() {
        given().get("/api-docs/openapi/payroll.yaml").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void answersAMethodAPathDoesNotTakeWithAProblem() {
        given().post("/api-docs/services.json").then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jointcommissioning.org/problems/method-not-allowed"))
                .body("status", equalTo(405));
    }
}
