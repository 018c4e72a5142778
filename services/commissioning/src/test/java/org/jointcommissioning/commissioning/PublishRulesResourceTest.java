package org.jointcommissioning.commissioning;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.jointcommissioning.commissioning.support.Fixtures;
import org.jointcommissioning.commissioning.support.Funds;
import org.jointcommissioning.commissioning.support.Journey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@TestSecurity(user = "cara", roles = "commissioner")
@OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
class PublishRulesResourceTest {

    @BeforeEach
    void countyIsAMemberOfTheFund() {
        Funds.open(Journey.FUND, Fixtures.COUNTY);
    }

    @Test
    void aDeadlineInThePastIsRefused() {
        Map<String, Object> body = new HashMap<>(Journey.draftBody(Journey.createFramework(true), Instant.now(), false));
        body.put("submissionDeadline", Instant.now().minus(Duration.ofHours(1)).toString());
        publishFails(Journey.createDraft(body), "submissionDeadline");
    }

    @Test
    void criteriaWhoseWeightsDoNotSumTo100AreRefused() {
        Map<String, Object> body = new HashMap<>(Journey.draftBody(Journey.createFramework(true), Instant.now(), false));
        body.put("criteria", Journey.criteria(40, 40, 10));
        publishFails(Journey.createDraft(body), "criteria")
                .body("errors.message", hasItem(containsString("sum to 100")));
    }

    @Test
    void aReservedLotUnderAFrameworkThatForbidsThemIsRefused() {
        String id = Journey.createDraft(Journey.draftBody(Journey.createFramework(false), Instant.now(), true));
        publishFails(id, "lots[0].reservedForVoluntarySector");
        given().get("/api/opportunities/" + id).then().body("status", equalTo("draft"));
    }

    @Test
    void aReservedLotUnderAFrameworkThatAllowsThemIsPublishedOnce() {
        String id = Journey.createDraft(Journey.draftBody(Journey.createFramework(true), Instant.now(), true));
        Journey.publish(id);
        given().post("/api/opportunities/" + id + "/publish").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Journey.draftBody(Journey.createFramework(true), Instant.now(), true))
                .put("/api/opportunities/" + id).then().statusCode(409);
    }

    @Test
    void belowTheProportionateThresholdAtMostFiveQualityCriteriaApply() {
        Map<String, Object> body = new HashMap<>(Journey.draftBody(Journey.createFramework(true), Instant.now(), false));
        body.put("lots", java.util.List.of(Map.of("id", "lot-1", "title", "Small",
                "estimatedValue", Map.of("amount", "10000.00", "currency", "GBP"), "reservedForVoluntarySector", false)));
        java.util.List<Map<String, Object>> criteria = new java.util.ArrayList<>();
        criteria.add(Map.of("id", "price", "name", "Price", "kind", "price", "weight", 10));
        criteria.add(Map.of("id", "social", "name", "Social value", "kind", "social-value", "weight", 30));
        for (int i = 1; i <= 6; i++) {
            criteria.add(Map.of("id", "q" + i, "name", "Question " + i, "kind", "quality", "weight", 10));
        }
        body.put("criteria", criteria);
        publishFails(Journey.createDraft(body), "criteria")
                .body("errors.message", hasItem(containsString("at most 5 quality criteria")));
    }

    private static io.restassured.response.ValidatableResponse publishFails(String id, String field) {
        return given().post("/api/opportunities/" + id + "/publish").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
