package org.jointcommissioning.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(GatewayTestResources.class)
class ApiDocsResourceTest {

    @Test
    void servesSwaggerUiWithoutAToken() {
        given().redirects().follow(false).get("/api-docs").then().statusCode(302);
        given().get("/api-docs/").then().statusCode(200).body(containsString("swagger-ui-bundle.js"));
        given().get("/openapi-ui/swagger-ui-bundle.js").then().statusCode(200);
        given().get("/api-docs/init.js").then().statusCode(200).body(containsString("initOAuth"));
    }

    @Test
    void listsEveryServiceWhoseContractExistsWithTheKeycloakClient() {
        List<String> published = Stream.of("bidding", "budgets", "commissioning", "outcomes")
                .filter(service -> getClass().getClassLoader().getResource("contracts/openapi/" + service + ".yaml") != null)
                .toList();
        given().get("/api-docs/services.json").then().statusCode(200)
                .body("clientId", equalTo("platform-cli"))
                .body("urls.name", equalTo(published));
        published.forEach(service -> given().get("/api-docs/openapi/" + service + ".yaml")
                .then().statusCode(200).contentType("application/yaml").body(containsString("openapi")));
    }

    @Test
    void servesNoDocumentForAnUnknownService() {
        given().get("/api-docs/openapi/payroll.yaml").then().statusCode(404);
    }
}
