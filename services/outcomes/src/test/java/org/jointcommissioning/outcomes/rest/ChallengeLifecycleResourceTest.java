package org.jointcommissioning.outcomes.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.outcomes.Fixtures;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.jointcommissioning.outcomes.Fixtures.json;

/**
 * Raised by another partnership's performance officer, answered by the owner's, resolved by the challenger's;
 * anyone else is refused with 403. The indicators here belong to county-council.
 */
@QuarkusTest
class ChallengeLifecycleResourceTest {

    private static final String OWNER = "county-council";

    @Inject
    Fixtures fixtures;

    @Test
    @TestSecurity(user = "nia", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "nhs-trust"))
    void anotherPartnershipRaisesAChallengeThatStartsOpen() {
        String code = fixtures.indicator(OWNER);
        String location = json().body(Map.of("question", "Why no change since Q1?"))
                .post("/api/indicators/" + code + "/challenges")
                .then().statusCode(201)
                .header("Location", startsWith("http://localhost:8080/api/challenges/"))
                .body("state", equalTo("open")).body("raisedByOrg", equalTo("nhs-trust"))
                .extract().header("Location");

        given().get(URI.create(location).getPath()).then().statusCode(200).body("question", equalTo("Why no change since Q1?"));
        given().queryParam("state", "open").get("/api/indicators/" + code + "/challenges")
                .then().body("items.state", contains("open"));
    }

    @Test
    @TestSecurity(user = "olu", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = OWNER))
    void theOwnerCannotChallengeItsOwnIndicatorButAnswersOthers() {
        String code = fixtures.indicator(OWNER);
        json().body(Map.of("question", "Self-critique")).post("/api/indicators/" + code + "/challenges")
                .then().statusCode(403);

        String id = fixtures.challenge(code, "police");
        json().body(Map.of("response", "New staff start in May")).post("/api/challenges/" + id + "/response")
                .then().statusCode(200).body("state", equalTo("answered")).body("answeredBy", equalTo("olu"));
        given().post("/api/challenges/" + id + "/resolve").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "dan", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "district-council"))
    void aThirdPartnershipMayNeitherAnswerNorResolve() {
        String code = fixtures.indicator(OWNER);
        String open = fixtures.challenge(code, "police");
        String answered = fixtures.answeredChallenge(code, OWNER, "police");

        json().body(Map.of("response", "Not mine to answer")).post("/api/challenges/" + open + "/response")
                .then().statusCode(403);
        given().post("/api/challenges/" + answered + "/resolve").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "dee", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "district-council"))
    void aContributorMayChallengeButOnlyTheOwnerAnswers() {
        String code = fixtures.indicatorWithContributors(OWNER, "district-council");
        String id = json().body(Map.of("question", "Are the returns complete?"))
                .post("/api/indicators/" + code + "/challenges").then().statusCode(201)
                .body("raisedByOrg", equalTo("district-council")).extract().path("id");
        json().body(Map.of("response", "Answering my own question")).post("/api/challenges/" + id + "/response")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/challenges/" + id).then().body("state", equalTo("open"));
    }

    @Test
    @TestSecurity(user = "pip", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "police"))
    void theChallengerResolvesOnlyAnAnsweredChallenge() {
        String code = fixtures.indicator(OWNER);
        String open = fixtures.challenge(code, "police");
        String answered = fixtures.answeredChallenge(code, OWNER, "police");

        given().post("/api/challenges/" + open + "/resolve").then().statusCode(409);
        given().post("/api/challenges/" + answered + "/resolve").then().statusCode(200)
                .body("state", equalTo("resolved")).body("response", equalTo("A recovery plan is in place"));
        given().post("/api/challenges/" + answered + "/resolve").then().statusCode(409);
        given().get("/api/indicators/" + code + "/challenges").then()
                .body("items.state", contains("open", "resolved"));
    }

    @Test
    @TestSecurity(user = "ann", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void onlyPerformanceOfficersTakePart() {
        String code = fixtures.indicator(OWNER);
        json().body(Map.of("question", "Auditor's question")).post("/api/indicators/" + code + "/challenges")
                .then().statusCode(403);
        given().queryParam("state", "closed").get("/api/indicators/" + code + "/challenges").then().statusCode(400);
    }
}
