package org.jointcommissioning.commissioning;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.support.Fixtures;
import org.jointcommissioning.commissioning.support.Funds;
import org.jointcommissioning.commissioning.support.Journey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Whatever a client sends is answered by the contract: a problem naming what is wrong, never a database error. */
@QuarkusTest
class InputLimitsResourceTest {

    @Test
    void aNulInAPathOrAFilterIsRefusedBeforeTheDatabase() {
        given().urlEncodingEnabled(false).get("/api/opportunities/%00").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        for (String filter : List.of("theme", "indicator", "frameworkId", "q")) {
            given().urlEncodingEnabled(false).queryParam(filter, "a%00b").get("/api/opportunities").then()
                    .statusCode(400).contentType(startsWith("application/problem+json"));
        }
    }

    @Test
    void overLongIdsFiltersAndAmountsAreRefusedNamingThem() {
        given().get("/api/opportunities/" + "x".repeat(37)).then().statusCode(400)
                .body("errors.field", hasItem("id"));
        given().queryParam("theme", "t".repeat(201)).get("/api/opportunities").then().statusCode(400)
                .body("errors.field", hasItem("theme"));
        given().queryParam("indicator", "N".repeat(51)).get("/api/opportunities").then().statusCode(400)
                .body("errors.field", hasItem("indicator"));
        given().queryParam("minValue", "1e999999999").get("/api/opportunities").then().statusCode(400)
                .body("errors.field", hasItem("minValue"));
        given().queryParam("cursor", "c".repeat(101)).get("/api/ocds/releases").then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
        given().queryParam("limit", "1e9").get("/api/ocds/releases").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
        given().queryParam("updatedFrom", "+100000-01-01T00:00:00Z").get("/api/ocds/releases").then().statusCode(400)
                .body("errors.field", hasItem("updatedFrom"));
    }

    @Test
    void theDeepestPagesAreRefusedNotOverflowed() {
        for (String list : List.of("/api/opportunities", "/api/ocds/releases")) {
            given().queryParam("page", 2147483647).get(list).then().statusCode(400)
                    .body("errors.field", hasItem("page"));
        }
        given().queryParam("page", 100000).queryParam("size", 100).get("/api/opportunities").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    @TestSecurity(user = "bea", roles = "bidder")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "carers-network"))
    void aQuestionIsAskedInJsonOnly() {
        String id = Fixtures.countyOpportunity(OpportunityStatus.PUBLISHED);
        given().contentType(ContentType.TEXT).body("Can a consortium bid?")
                .post("/api/opportunities/" + id + "/questions").then().statusCode(415)
                .contentType(startsWith("application/problem+json"));
        given().get("/api/opportunities/" + id + "/questions").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "cara", roles = "commissioner")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void anIndicatorsImprovementIsAJsonNumberBothWays() {
        Funds.open(Journey.FUND, Fixtures.COUNTY);
        Map<String, Object> draft = new HashMap<>(Journey.draftBody(Journey.createFramework(false), Instant.now(), false));
        draft.put("indicators", List.of(Map.of("code", "NI135", "expectedImprovement", "2.5")));
        given().contentType(ContentType.JSON).body(draft).post("/api/opportunities").then().statusCode(400)
                .body("errors.field", hasItem("indicators[0].expectedImprovement"));

        draft.put("indicators", List.of(Map.of("code", "NI135", "expectedImprovement", 2.5)));
        String id = Journey.createDraft(draft);
        given().get("/api/opportunities/" + id).then().statusCode(200)
                .body("indicators[0].expectedImprovement", equalTo(2.5f))
                .body("$", not(hasKey("publishedAt"))).body("$", not(hasKey("closedAt")))
                .body("$", not(hasKey("cancelledAt"))).body("$", not(hasKey("cancelReason")));
    }
}
