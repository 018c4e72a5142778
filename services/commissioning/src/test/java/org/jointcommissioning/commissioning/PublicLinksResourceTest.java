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
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** Links are built from the configured public address (http://localhost:8080 here), never from a caller's Host. */
@QuarkusTest
class PublicLinksResourceTest {

    private static final String EVIL = "evil.example";
    private static final String BASE = "http://localhost:8080";

    @Test
    @TestSecurity(user = "cara", roles = "commissioner")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void locationHeadersOfFrameworksOpportunitiesAndAwardsIgnoreTheHostHeader() {
        given().header("Host", EVIL).contentType(ContentType.JSON)
                .body(Journey.frameworkBody(false, Journey.criteria(40, 40, 20))).post("/api/frameworks")
                .then().statusCode(201).header("Location", matchesPattern(BASE + "/api/frameworks/[0-9a-f-]{36}"));

        Funds.open(Journey.FUND, Fixtures.COUNTY);
        given().header("Host", EVIL).contentType(ContentType.JSON)
                .body(Journey.draftBody(Journey.createFramework(false), Instant.now(), false)).post("/api/opportunities")
                .then().statusCode(201).header("Location", matchesPattern(BASE + "/api/opportunities/[0-9a-f-]{36}"));

        String closed = Fixtures.countyOpportunity(OpportunityStatus.CLOSED);
        Fixtures.openedBid(closed, closed + "-a", "carers-network", "900.00");
        Fixtures.scored(closed, closed + "-a", 70, 70, "Good");
        given().header("Host", EVIL).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("lotId", "lot-1", "bidId", closed + "-a", "amount", Map.of("amount", "900.00", "currency", "GBP")))
                .post("/api/opportunities/" + closed + "/awards")
                .then().statusCode(202).header("Location", equalTo(BASE + "/api/opportunities/" + closed + "/awards"));
    }

    @Test
    @TestSecurity(user = "bea", roles = "bidder")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "carers-network"))
    void aQuestionsLocationIgnoresTheHostHeader() {
        String published = Fixtures.countyOpportunity(OpportunityStatus.PUBLISHED);
        given().header("Host", EVIL).contentType(ContentType.JSON).body(Map.of("text", "Is there a mobilisation period?"))
                .post("/api/opportunities/" + published + "/questions").then().statusCode(201)
                .header("Location", matchesPattern(BASE + "/api/opportunities/" + published + "/questions/[0-9a-f-]{36}"));
    }

    @Test
    void theOcdsPackageUriIgnoresTheHostHeaderAndKeepsTheQuery() {
        given().header("Host", EVIL).queryParam("limit", 1).queryParam("updatedFrom", "2026-01-01T00:00:00Z")
                .get("/api/ocds/releases").then().statusCode(200)
                .body("uri", equalTo(BASE + "/api/ocds/releases?updatedFrom=2026-01-01T00%3A00%3A00Z&limit=1"));
        given().header("Host", EVIL).get("/api/ocds/releases").then().statusCode(200)
                .body("uri", equalTo(BASE + "/api/ocds/releases"));
    }
}
