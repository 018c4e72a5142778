package org.jointcommissioning.outcomes.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.outcomes.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.jointcommissioning.outcomes.Fixtures.json;

/** Risks are scored likelihood × impact, listed by score, open or closed, and changed only by whoever recorded them. */
@QuarkusTest
@TestSecurity(user = "olu", roles = "performance-officer")
@OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
class RiskRegisterResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void risksAreScoredAndListedHighestScoreFirst() {
        String code = fixtures.indicator("county-council");
        json().body(risk(code, 2, 3, null)).post("/api/risks")
                .then().statusCode(201).body("score", equalTo(6)).body("status", equalTo("open"));
        String high = json().body(risk(code, 5, 4, null)).post("/api/risks")
                .then().statusCode(201).body("score", equalTo(20)).extract().path("id");
        json().body(risk(code, 1, 1, "closed")).post("/api/risks").then().statusCode(201);

        given().queryParam("indicator", code).get("/api/risks").then().statusCode(200)
                .body("items.score", contains(20, 6, 1));
        given().queryParam("indicator", code).queryParam("status", "open").get("/api/risks")
                .then().body("items.score", contains(20, 6));

        json().body(risk(code, 1, 2, "closed")).put("/api/risks/" + high)
                .then().statusCode(200).body("score", equalTo(2)).body("status", equalTo("closed"));
        given().queryParam("indicator", code).queryParam("status", "closed").get("/api/risks")
                .then().body("items.score", contains(2, 1));
    }

    @Test
    void aRisksIndicatorCodesAreAnsweredSorted() {
        String first = fixtures.indicator("county-council");
        String second = fixtures.indicator("county-council");
        List<String> codes = first.compareTo(second) < 0 ? List.of(second, first) : List.of(first, second);
        Map<String, Object> body = new HashMap<>(risk(codes.get(0), 2, 2, null));
        body.put("indicatorCodes", codes);
        String id = json().body(body).post("/api/risks").then().statusCode(201)
                .body("indicatorCodes", contains(codes.get(1), codes.get(0))).extract().path("id");

        given().get("/api/risks/" + id).then().statusCode(200)
                .body("indicatorCodes", contains(codes.get(1), codes.get(0)));
    }

    @Test
    void likelihoodAndImpactOutsideOneToFiveAndUnknownIndicatorsAreRefused() {
        String code = fixtures.indicator("county-council");
        json().body(risk(code, 0, 6, null)).post("/api/risks").then().statusCode(400)
                .body("errors.field", contains("impact", "likelihood"));
        json().body(risk("NO-SUCH-" + code, 3, 3, null)).post("/api/risks").then().statusCode(400)
                .body("errors.field", hasItem("indicatorCodes[0]"));
        json().body(risk(code, 3, 3, "dormant")).post("/api/risks").then().statusCode(400);
    }

    @Test
    void anotherOrganisationsRiskCannotBeChanged() {
        String code = fixtures.indicator("police");
        String theirs = fixtures.risk("police", code, 3, 3);
        json().body(risk(code, 1, 1, "closed")).put("/api/risks/" + theirs).then().statusCode(403);
        json().body(risk(code, 1, 1, null)).put("/api/risks/" + fixtures.risk("county-council", code, 2, 2))
                .then().statusCode(400).body("errors.field", contains("status"));
    }

    private static Map<String, Object> risk(String code, int likelihood, int impact, String status) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Staff shortage", "indicatorCodes", List.of(code),
                "likelihood", likelihood, "impact", impact, "mitigation", "Agency cover", "owner", "Head of HR"));
        if (status != null) {
            body.put("status", status);
        }
        return body;
    }
}
