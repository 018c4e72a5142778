package org.jointcommissioning.budgets;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.endsWith;

/** An admin sets up partners and funds; the rules of a fund are checked before it exists. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "partnership-admin")
@OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
class FundSetupResourceTest {

    @Inject
    TestFunds funds;

    @Test
    void aPartnerIdIsUnique() {
        Map<String, Object> partner = Map.of("id", "fire-service", "name", "Fire and Rescue", "kind", "fire");
        Api.post("/api/partners", null, partner).statusCode(201).header("Location", endsWith("/api/partners/fire-service"))
                .body("kind", equalTo("fire"));
        Api.assertProblem(Api.post("/api/partners", null, partner), 409, null);
        Api.assertProblem(Api.post("/api/partners", null, Map.of("id", "x", "name", "X", "kind", "army")), 400, "kind");
    }

    @Test
    void aPartnersOrganisationIdentifierIsInTheOrgIdForm() {
        Api.post("/api/partners", null, Map.of("id", "surrey-nhs", "name", "Surrey NHS", "kind", "nhs",
                "identifier", "GB-NHS-RTK")).statusCode(201).body("identifier", equalTo("GB-NHS-RTK"));
        given().get("/api/partners/surrey-nhs").then().statusCode(200).body("identifier", equalTo("GB-NHS-RTK"));
        Api.assertProblem(Api.post("/api/partners", null, Map.of("id", "surrey-police", "name", "Surrey Police",
                "kind", "police", "identifier", "Surrey Police")), 400, "identifier");
    }

    @Test
    void fixedSharesSumTo100AmongKnownPartners() {
        funds.partner("county-council");
        funds.partner("police");
        Map<String, Object> shared = fund(Map.of("rule", "fixed", "shares", Map.of("county-council", 60, "police", 40)));
        shared.put("members", List.of("county-council", "police"));
        Api.post("/api/funds", null, shared).statusCode(201).body("riskShare.shares.police", equalTo(40.0f));
        Api.assertProblem(Api.post("/api/funds", null, fund(Map.of("rule", "fixed",
                "shares", Map.of("county-council", 60, "police", 30)))), 400, "riskShare.shares");
        Api.assertProblem(Api.post("/api/funds", null, fund(Map.of("rule", "fixed",
                "shares", Map.of("county-council", 60, "nobody", 40)))), 400, "riskShare.shares");
    }

    @Test
    void onlyMembersHoldFixedShares() {
        funds.partner("county-council");
        funds.partner("fire-and-rescue");
        Map<String, Object> body = fund(Map.of("rule", "fixed", "shares", Map.of("county-council", 60,
                "fire-and-rescue", 40)));
        body.put("members", List.of("county-council"));
        Api.assertProblem(Api.post("/api/funds", null, body), 400, "riskShare.shares");
    }

    @Test
    void theMembersAreUniqueKnownPartnersAndIncludeTheHost() {
        funds.partner("county-council");
        funds.partner("nhs-trust");
        Map<String, Object> body = fund(Map.of("rule", "proportional"));
        body.put("members", List.of("nhs-trust"));
        Api.post("/api/funds", null, body).statusCode(201)
                .body("members", equalTo(List.of("county-council", "nhs-trust")));
        body.put("members", List.of("nhs-trust", "nhs-trust"));
        Api.assertProblem(Api.post("/api/funds", null, body), 400, "members");
        body.put("members", List.of("nhs-trust", "nobody"));
        Api.assertProblem(Api.post("/api/funds", null, body), 400, "members");
        body.put("members", List.of());
        Api.assertProblem(Api.post("/api/funds", null, body), 400, "members");
        body.remove("members");
        Api.assertProblem(Api.post("/api/funds", null, body), 400, "members");
        List<String> fifty = IntStream.range(0, 50).mapToObj(i -> "partner-" + i).toList();
        fifty.forEach(funds::partner);
        body.put("members", fifty);
        Api.assertProblem(Api.post("/api/funds", null, body), 400, "members");
    }

    @Test
    void theFinancialYearAndHostAreChecked() {
        funds.partner("county-council");
        Map<String, Object> body = fund(Map.of("rule", "proportional"));
        body.put("financialYear", "2026-28");
        Api.assertProblem(Api.post("/api/funds", null, body), 400, "financialYear");
        body.put("financialYear", "2026-27");
        body.put("hostPartnerId", "nobody");
        Api.assertProblem(Api.post("/api/funds", null, body), 400, "hostPartnerId");
    }

    private static Map<String, Object> fund(Map<String, Object> riskShare) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Community safety");
        body.put("purpose", "Safer neighbourhoods");
        body.put("hostPartnerId", "county-council");
        body.put("members", List.of("county-council"));
        body.put("financialYear", "2026-27");
        body.put("currency", "GBP");
        body.put("indicatorCodes", List.of("NI21"));
        body.put("riskShare", riskShare);
        return body;
    }
}
