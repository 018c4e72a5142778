package org.jointcommissioning.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(GatewayTestResources.class)
class ReadinessResourceTest {

    @Test
    void reportsEachServicesReadinessAndIsNotReadyWhileOneIsDown() {
        given().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'commissioning' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'bidding' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'budgets' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'outcomes' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'offline' }.status", equalTo("DOWN"));
    }

    @Test
    void staysAliveWhileAServiceIsDown() {
        given().get("/q/health/live").then().statusCode(200);
    }
}
