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

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Two commissioners of one partner edit a draft: the second, working from a stale copy, is refused. */
@QuarkusTest
@TestSecurity(user = "cara", roles = "commissioner")
@OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
class ConcurrentDraftEditResourceTest {

    @BeforeEach
    void countyIsAMemberOfTheFund() {
        Funds.open(Journey.FUND, Fixtures.COUNTY);
    }

    @Test
    void anEditFromAStaleVersionIsRefusedWith412() {
        Map<String, Object> body = new HashMap<>(Journey.draftBody(Journey.createFramework(false), Instant.now(), false));
        String id = Journey.createDraft(body);
        String read = given().get("/api/opportunities/" + id).then().statusCode(200).extract().header("ETag");

        body.put("title", "First edit");
        String edited = given().contentType(ContentType.JSON).header("If-Match", read).body(body)
                .put("/api/opportunities/" + id).then().statusCode(200).extract().header("ETag");
        assertNotEquals(read, edited);

        body.put("title", "Second edit from the stale copy");
        given().contentType(ContentType.JSON).header("If-Match", read).body(body)
                .put("/api/opportunities/" + id).then().statusCode(412);
        given().get("/api/opportunities/" + id).then().body("title", equalTo("First edit"));
    }
}
