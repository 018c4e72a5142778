package org.jointcommissioning.outcomes.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.outcomes.Fixtures;
import org.jointcommissioning.outcomes.domain.Polarity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.jointcommissioning.outcomes.Fixtures.json;

/** A change sent with the ETag read before someone else's change is refused with 412, never silently applied. */
@QuarkusTest
@TestSecurity(user = "olu", roles = "performance-officer")
@OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
class ConcurrentEditResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void anIndicatorChangedSinceItWasReadIsNotOverwritten() {
        String code = fixtures.indicator("county-council");
        String read = given().get("/api/indicators/" + code).then().statusCode(200).extract().header("ETag");
        var change = Fixtures.request(code, "county-council", Polarity.HIGHER_IS_BETTER, "Economy");

        String changed = json().header("If-Match", read).body(change).put("/api/indicators/" + code)
                .then().statusCode(200).header("ETag", not(equalTo(read))).extract().header("ETag");
        json().header("If-Match", read).body(change).put("/api/indicators/" + code)
                .then().statusCode(412).contentType("application/problem+json");
        json().header("If-Match", changed).body(change).put("/api/indicators/" + code).then().statusCode(200);
    }

    @Test
    void aDeliveryPlanChangedSinceItWasReadIsNotOverwritten() {
        String code = fixtures.indicator("county-council");
        Map<String, Object> plan = Map.of("owner", "Chief Executive", "actions", List.of());
        String first = json().body(plan).put("/api/indicators/" + code + "/delivery-plan")
                .then().statusCode(200).extract().header("ETag");
        json().header("If-Match", first).body(plan).put("/api/indicators/" + code + "/delivery-plan")
                .then().statusCode(200);

        json().header("If-Match", first).body(plan).put("/api/indicators/" + code + "/delivery-plan")
                .then().statusCode(412);
    }
}
