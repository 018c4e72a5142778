package org.jointcommissioning.budgets;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.budgets.domain.Amounts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A finance manager acts only for their own partner, and only in funds their partner is a member of; a fund is read
 * only by the people of its members, admins and auditors. Money never makes a partner a member.
 */
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
    @TestSecurity(user = "fm-police", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "police"))
    void aNonMembersFinanceManagerMayNotPayInAndIsNotMadeAMember() {
        String fundId = funds.fundWithMembers("nhs-trust");
        Api.assertProblem(Api.contribute(fundId, "police-pledge", Api.contribution("police", "pledge", "10.00")),
                404, null);
        assertEquals(List.of("county-council", "nhs-trust"), funds.members(fundId));
        assertEquals(Amounts.of("0"), funds.balances(fundId).pledgedBy("police"));
        Api.assertProblem(given().get("/api/funds/{id}", fundId).then(), 404, null);
    }

    @Test
    @TestSecurity(user = "admin", roles = "partnership-admin")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void noOneRecordsMoneyForAPartnerThatIsNotAMember() {
        String fundId = funds.fundWithMembers("nhs-trust");
        funds.partner("police");
        Api.assertProblem(Api.contribute(fundId, "admin-police", Api.contribution("police", "pledge", "10.00")),
                409, null);
        assertEquals(List.of("county-council", "nhs-trust"), funds.members(fundId));
        Api.contribute(fundId, "admin-nhs", Api.contribution("nhs-trust", "pledge", "10.00")).statusCode(201);
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
    @TestSecurity(user = "commissioner-nhs", roles = "commissioner")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "nhs-trust"))
    void theStaffOfAMemberReadTheFund() {
        String fundId = funds.fundWithMembers("nhs-trust");
        funds.paidIn(fundId, "county-council", "1000.00");
        String awardId = funds.committedAward(fundId, "100.00");
        for (String part : List.of("", "/statement", "/ledger", "/contributions", "/reservations", "/payments")) {
            given().get("/api/funds/{id}" + part, fundId).then().statusCode(200);
        }
        given().get("/api/funds/{id}/reservations", fundId).then().body("items[0].awardId", equalTo(awardId));
        given().queryParam("size", 100).get("/api/funds").then().body("items.id", hasItem(fundId));
    }

    @Test
    @TestSecurity(user = "fm-police", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "police"))
    void aPartnerOutsideTheFundIsToldItDoesNotExist() {
        String fundId = funds.fundWithMembers("nhs-trust");
        funds.paidIn(fundId, "county-council", "1000.00");
        String awardId = funds.committedAward(fundId, "100.00");
        for (String part : List.of("", "/statement", "/ledger", "/contributions", "/reservations", "/payments")) {
            Api.assertProblem(given().get("/api/funds/{id}" + part, fundId).then(), 404, null);
        }
        Api.assertProblem(Api.pay(fundId, "police-pays", Api.payment(awardId, "10.00")), 404, null);
        given().queryParam("size", 100).get("/api/funds").then().statusCode(200)
                .body("items.id", not(hasItem(fundId)));
    }
}
