package org.jointcommissioning.budgets;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** A partner's people list the funds their partner is a member of, and no others. */
@QuarkusTest
@TestSecurity(user = "commissioner-district", roles = "commissioner")
@OidcSecurity(claims = @Claim(key = "org_id", value = "district-council"))
class FundListResourceTest {

    @Inject
    TestFunds funds;

    @Test
    void onlyTheFundsTheCallersPartnerIsAMemberOfAreListed() {
        String sharing = funds.fund(Map.of("county-council", new BigDecimal("70"),
                "district-council", new BigDecimal("30")));
        String member = funds.fundWithMembers("district-council");
        String other = funds.fundWithMembers("nhs-trust");

        given().queryParam("size", 100).get("/api/funds").then().statusCode(200)
                .body("items.id", hasItems(sharing, member))
                .body("items.id", not(hasItem(other)))
                .body("items.members", everyItem(hasItem("district-council")));
    }
}
