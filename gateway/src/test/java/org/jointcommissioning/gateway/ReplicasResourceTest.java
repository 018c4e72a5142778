package org.jointcommissioning.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Services with two copies each (see GatewayTestResources): how requests are spread and retried over them. */
@QuarkusTest
@TestProfile(ReplicasProfile.class)
@QuarkusTestResource(GatewayTestResources.class)
class ReplicasResourceTest {

    @TestHTTPResource(value = "/health/ready", management = true)
    URL operatorsReadiness;

    @Test
    void spreadsRequestsEvenlyOverTheCopies() {
        Map<String, Integer> servedBy = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            String copy = given().auth().oauth2(Tokens.valid("alice")).get("/api/twins/" + i)
                    .then().statusCode(200).extract().header("X-Served-By");
            servedBy.merge(copy, 1, Integer::sum);
        }
        assertEquals(Map.of("twins-0", 5, "twins-1", 5), servedBy);
    }

    @Test
    void sendsNothingToACopyThatIsNotReady() {
        // The operators' report checks every copy now; "mixed-1" answers 503 to its readiness.
        given().get(operatorsReadiness).then()
                .body("checks.find { it.name == 'mixed' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'mixed' }.data.ready", equalTo("1 of 2"));
        for (int i = 0; i < 6; i++) {
            given().auth().oauth2(Tokens.valid("alice")).get("/api/mixed/" + i)
                    .then().statusCode(200).header("X-Served-By", "mixed-0");
        }
        given().get(copy("mixed", 1) + "/__received").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void triesTheOtherCopyWhenOneRefusesTheConnectionToARead() {
        closeFirstCopy("retry-get");
        // Turns alternate, so one of the two starts with the closed copy.
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(Tokens.valid("alice")).get("/api/retry-get/" + i)
                    .then().statusCode(200).header("X-Served-By", "retry-get-1");
        }
        given().get(operatorsReadiness).then()
                .body("checks.find { it.name == 'retry-get' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'retry-get' }.data.ready", equalTo("1 of 2"));
    }

    @Test
    void triesTheOtherCopyForAWriteThatCarriesAnIdempotencyKey() {
        closeFirstCopy("retry-keyed");
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(Tokens.valid("alice")).header("Idempotency-Key", "key-" + i)
                    .contentType("application/json").body("{\"n\":" + i + "}")
                    .post("/api/retry-keyed")
                    .then().statusCode(200).header("X-Served-By", "retry-keyed-1")
                    .body("body", equalTo("{\"n\":" + i + "}"));
        }
    }

    @Test
    void neverSendsAWriteWithoutAnIdempotencyKeyToASecondCopy() {
        closeFirstCopy("retry-post");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Response answer = given().auth().oauth2(Tokens.valid("alice"))
                    .contentType("application/json").body("{}").post("/api/retry-post");
            statuses.add(answer.statusCode());
            if (answer.statusCode() == 503) {
                answer.then().contentType("application/problem+json").body("service", equalTo("retry-post"));
            }
        }
        statuses.sort(null);
        assertEquals(List.of(200, 503), statuses);
        // The copy that refused is left out from then on.
        given().auth().oauth2(Tokens.valid("alice")).contentType("application/json").body("{}")
                .post("/api/retry-post").then().statusCode(200).header("X-Served-By", "retry-post-1");
    }

    private void closeFirstCopy(String service) {
        // Both copies are ready when the test begins (the check at start found them so).
        given().get(operatorsReadiness).then()
                .body("checks.find { it.name == '" + service + "' }.data.ready", equalTo("2 of 2"));
        given().get(copy(service, 0) + "/__close").then().statusCode(200);
    }

    private static String copy(String service, int index) {
        return ConfigProvider.getConfig().getValue("gateway.services." + service + ".url", String.class)
                .split(",")[index];
    }
}
