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

/** A finance manager acts only for their own partner; a fund is read only by the people of its partners. */
@QuarkusTest
class ContributionAccessResourceTest {

    @Inject
    TestFunds funds;

    @Test
    @TestSecurity(user = "fm-nhs", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "nhs-trust"))
    void aFinanceManagerMayNotRecordAnotherPartnersContribution() {
        String fundId = funds.fund(Map.of("county-council", new BigDecimal("50"), "nhs-trust", new BigDecimal("50")));
        Api.assertProblem(Api.contribute(fundId, "k1", Api.contribution("county-council", "pledge", "10.00")),
                403, null);
        Api.contribute(fundId, "k2", Api.contribution("nhs-trust", "pledge", "10.00")).statusCode(201);
    }

    @Test
    @TestSecurity(user = "fm-nhs", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "nhs-trust"))
    void onlyTheHostsFinanceManagersPay() {
        String fundId = funds.fund(Map.of("county-council", new BigDecimal("50"), "nhs-trust", new BigDecimal("50")));
        funds.paidIn(fundId, "nhs-trust", "1000.00");
        String awardId = funds.committedAward(fundId, "100.00");
        Api.assertProblem(Api.pay(fundId, "k3", Api.payment(awardId, "10.00")), 403, null);
    }

    @Test
    @TestSecurity(user = "bidder", roles = "bidder")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "carers-network"))
    void biddersMayNotReadFunds() {
        String fundId = funds.fund();
        Api.assertProblem(given().get("/api/funds/{id}/statement", fundId).then(), 403, null);
        Api.assertProblem(given().get("/api/funds/{id}/ledger", fundId).then(), 403, null);
    }

    @Test
    @TestSecurity(user = "fm-police", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "police"))
    void aPartnerOutsideTheFundIsToldItDoesNotExist() {
        String fundId = funds.fund();
        Api.assertProblem(given().get("/api/funds/{id}", fundId).then(), 404, null);
        Api.assertProblem(given().get("/api/funds/{id}/statement", fundId).then(), 404, null);
    }
}
