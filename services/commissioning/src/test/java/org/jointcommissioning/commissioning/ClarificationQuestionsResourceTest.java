package org.jointcommissioning.commissioning;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

@QuarkusTest
class ClarificationQuestionsResourceTest {

    @Test
    @TestSecurity(user = "bea", roles = "bidder")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "carers-network"))
    void aBidderAsksAndSeesAnsweredQuestionsAndItsOwnNeverWhoAsked() {
        String id = opportunity(OpportunityStatus.PUBLISHED);
        Fixtures.question(id, "youth-trust", "Is TUPE likely?", "No");
        Fixtures.question(id, "youth-trust", "Unanswered from someone else", null);

        given().contentType(ContentType.JSON).body(Map.of("text", "Can a consortium bid?"))
                .post("/api/opportunities/" + id + "/questions").then().statusCode(201)
                .body("$", not(hasKey("answer"))).body("$", not(hasKey("askerOrgId")));

        given().get("/api/opportunities/" + id + "/questions").then().statusCode(200)
                .body("items.text", containsInAnyOrder("Is TUPE likely?", "Can a consortium bid?"))
                .body("items[0]", not(hasKey("askerOrgId"))).body("total", equalTo(2));
    }

    @Test
    @TestSecurity(user = "bea", roles = "bidder")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "carers-network"))
    void questionsCloseAtTheClarificationDeadline() {
        String id = opportunity(OpportunityStatus.CLOSED);
        given().contentType(ContentType.JSON).body(Map.of("text", "Too late?"))
                .post("/api/opportunities/" + id + "/questions").then().statusCode(409);
    }

    @Test
    void anyoneReadsTheAnsweredQuestions() {
        String id = opportunity(OpportunityStatus.PUBLISHED);
        Fixtures.question(id, "youth-trust", "Answered", "Yes");
        Fixtures.question(id, "youth-trust", "Pending", null);
        given().get("/api/opportunities/" + id + "/questions").then().statusCode(200)
                .body("items.text", contains("Answered")).body("items.answer", contains("Yes"));
    }

    @Test
    @TestSecurity(user = "cara", roles = "commissioner")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void theOwnersCommissionerAnswersToAll() {
        String id = opportunity(OpportunityStatus.PUBLISHED);
        Fixtures.question(id, "youth-trust", "When is the start date?", null);
        String qid = given().get("/api/opportunities/" + id + "/questions").then().extract().path("items[0].id");
        given().contentType(ContentType.JSON).body(Map.of("answer", "1 April"))
                .post("/api/opportunities/" + id + "/questions/" + qid + "/answer").then().statusCode(200)
                .body("answer", equalTo("1 April"));
        given().contentType(ContentType.JSON).body(Map.of("answer", "Again"))
                .post("/api/opportunities/" + id + "/questions/" + qid + "/answer").then().statusCode(409);
    }

    private static String opportunity(OpportunityStatus status) {
        return Fixtures.countyOpportunity(status);
    }
}
