package org.jointcommissioning.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * With every service up, the public answer is a bare UP (what the launcher and load balancers wait for); a service
 * counts as up while one of its copies is ("mixed" has one that is not ready).
 */
@QuarkusTest
@TestProfile(AllServicesUpProfile.class)
@QuarkusTestResource(GatewayTestResources.class)
class ReadyResourceTest {

    @TestHTTPResource(value = "/health/ready", management = true)
    URL operatorsReadiness;

    @Test
    void answersUpToThePublicAndTheFullReportToOperators() {
        given().get("/q/health/ready").then().statusCode(200)
                .contentType("application/json")
                .body("$", aMapWithSize(1))
                .body("status", equalTo("UP"));
        given().get(operatorsReadiness).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks", hasSize(10))
                .body("checks.find { it.name == 'mixed' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'mixed' }.data.ready", equalTo("1 of 2"));
    }
}
