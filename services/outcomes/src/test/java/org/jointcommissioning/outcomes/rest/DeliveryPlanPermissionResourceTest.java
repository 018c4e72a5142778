package org.jointcommissioning.outcomes.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.outcomes.Fixtures;
import org.jointcommissioning.testing.identity.Acting;
import org.jointcommissioning.outcomes.domain.ActionStatus;
import org.jointcommissioning.outcomes.service.DeliveryPlanService;
import org.jointcommissioning.common.concurrency.IfMatch;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.jointcommissioning.outcomes.Fixtures.json;

/**
 * Only performance officers of the owning partnership change a delivery plan (not another partner's, not a
 * contributor's, not an admin); anyone signed in reads it.
 */
@QuarkusTest
class DeliveryPlanPermissionResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    DeliveryPlanService plans;

    @Test
    @TestSecurity(user = "olu", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void theOwnersPerformanceOfficerWritesThePlan() {
        String code = fixtures.indicator("county-council");
        given().get("/api/indicators/" + code + "/delivery-plan").then().statusCode(404);

        json().body(plan("Director of Public Health", "Open two new clinics"))
                .put("/api/indicators/" + code + "/delivery-plan")
                .then().statusCode(200)
                .body("owner", equalTo("Director of Public Health"))
                .body("actions.title", contains("Open two new clinics"))
                .body("actions[0].status", equalTo("in-progress"))
                .body("updatedBy", equalTo("olu"));
        json().body(plan("Chief Executive", "Replan")).put("/api/indicators/" + code + "/delivery-plan")
                .then().statusCode(200).body("actions.title", contains("Replan"));
    }

    @Test
    @TestSecurity(user = "nia", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "nhs-trust"))
    void anotherPartnershipsPerformanceOfficerMayNot() {
        String code = fixtures.indicator("county-council");
        json().body(plan("Someone", "Anything")).put("/api/indicators/" + code + "/delivery-plan")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "dee", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "district-council"))
    void aContributorsPerformanceOfficerMayNot() {
        String code = fixtures.indicatorWithContributors("county-council", "district-council");
        json().body(plan("Someone", "Anything")).put("/api/indicators/" + code + "/delivery-plan")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/indicators/" + code + "/delivery-plan").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "pat", roles = "partnership-admin")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void anAdminWhoIsNoPerformanceOfficerMayNot() {
        String code = fixtures.indicator("county-council");
        json().body(plan("Someone", "Anything")).put("/api/indicators/" + code + "/delivery-plan")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "ann", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void anyoneSignedInReadsThePlan() {
        String code = fixtures.indicator("county-council");
        DeliveryPlanRequest plan = new DeliveryPlanRequest("Chief Executive",
                List.of(new PlanActionData("Recruit", "HR", LocalDate.parse("2027-01-31"), ActionStatus.NOT_STARTED)));
        Acting.as(Fixtures.officerOf("county-council"), () -> plans.put(code, plan.draft(), IfMatch.NONE));

        given().get("/api/indicators/" + code + "/delivery-plan").then().statusCode(200)
                .body("actions[0].due", equalTo("2027-01-31")).body("actions[0].status", equalTo("not-started"));
        json().body(plan("Someone", "Anything")).put("/api/indicators/" + code + "/delivery-plan")
                .then().statusCode(403);
    }

    private static Map<String, Object> plan(String owner, String action) {
        return Map.of("owner", owner, "actions", List.of(Map.of("title", action, "owner", "Service lead",
                "due", "2027-03-31", "status", "in-progress")));
    }
}
