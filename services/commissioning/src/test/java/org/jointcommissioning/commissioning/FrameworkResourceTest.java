package org.jointcommissioning.commissioning;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.jointcommissioning.commissioning.support.Journey;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class FrameworkResourceTest {

    @Test
    @TestSecurity(user = "ada", roles = "partnership-admin")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void anAdminCreatesEditsAndReadsAFramework() {
        String id = Journey.createFramework(true);
        given().get("/api/frameworks/" + id).then().statusCode(200)
                .body("criteria.kind", hasItem("social-value"))
                .body("proportionateThreshold.amount", equalTo("25000.00"));
        given().contentType(ContentType.JSON).body(Journey.frameworkBody(false, Journey.criteria(30, 50, 20)))
                .put("/api/frameworks/" + id).then().statusCode(200).body("reservedLotsAllowed", equalTo(false));
        given().get("/api/frameworks").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    @TestSecurity(user = "ada", roles = "partnership-admin")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void weightsMustSumTo100WithAtLeast10ForSocialValue() {
        create(Journey.criteria(50, 45, 5)).statusCode(400)
                .body("errors.message", hasItem(containsString("social value must weigh at least 10")));
        create(Journey.criteria(50, 20, 20)).statusCode(400)
                .body("errors.message", hasItem(containsString("sum to 100")));
    }

    @Test
    @TestSecurity(user = "bea", roles = "bidder")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "carers-network"))
    void aBidderCannotCreateOne() {
        create(Journey.criteria(40, 40, 20)).statusCode(403);
    }

    @Test
    void frameworksNeedASignedInReader() {
        given().get("/api/frameworks").then().statusCode(401);
    }

    private static io.restassured.response.ValidatableResponse create(java.util.List<java.util.Map<String, Object>> criteria) {
        return given().contentType(ContentType.JSON).body(Journey.frameworkBody(true, criteria))
                .post("/api/frameworks").then();
    }
}
