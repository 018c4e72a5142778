package org.jointcommissioning.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(GatewayTestResources.class)
class ReadinessResourceTest {

    // Resolved under the management root path, /q.
    @TestHTTPResource(value = "/health/ready", management = true)
    URL operatorsReadiness;

    @Test
    void tellsThePublicOnlyThatItIsNotReadyWhileAServiceIsDown() {
        String answer = given().get("/q/health/ready").then().statusCode(503)
                .contentType("application/json")
                .body("$", aMapWithSize(1))
                .body("status", equalTo("DOWN"))
                .extract().asString();
        // No service names, addresses or errors.
        assertThat(answer, not(containsString("127.0.0.1")));
        assertThat(answer, not(containsString("offline")));
    }

    @Test
    void tellsOperatorsOnTheManagementInterfaceWhichServiceIsDownAndWhere() {
        given().get(operatorsReadiness).then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'commissioning' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'bidding' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'budgets' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'outcomes' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'offline' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'offline' }.data.url", startsWith("http://127.0.0.1:"));
    }

    @Test
    void staysAliveWhileAServiceIsDown() {
        given().get("/q/health/live").then().statusCode(200)
                .body("$", aMapWithSize(1))
                .body("status", equalTo("UP"));
        given().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void listensForOperatorsOnTheLoopbackAddressOnly() {
        assertEquals("127.0.0.1", operatorsReadiness.getHost());
    }
}
