package org.jointcommissioning.budgets;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A payment never exceeds the award's unpaid commitment nor the fund's cash, and needs a committed award. */
@QuarkusTest
@TestSecurity(user = "fm-county", roles = "finance-manager")
@OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
class PaymentLimitsResourceTest {

    @Inject
    TestFunds funds;

    @Test
    void notMoreThanIsStillCommitted() {
        String fundId = funds.fund();
        funds.paidIn(fundId, "county-council", "100000.00");
        String awardId = funds.committedAward(fundId, "50000.00");
        Api.pay(fundId, "a", Api.payment(awardId, "30000.00")).statusCode(201);
        Api.assertProblem(Api.pay(fundId, "b", Api.payment(awardId, "20000.01")), 409, null);
        Api.pay(fundId, "c", Api.payment(awardId, "20000.00")).statusCode(201);
    }

    @Test
    void notMoreThanTheCashPaidIn() {
        String fundId = funds.fund();
        funds.pledged(fundId, "county-council", "100000.00");
        funds.paidIn(fundId, "nhs-trust", "5000.00");
        String awardId = funds.committedAward(fundId, "50000.00");
        Api.assertProblem(Api.pay(fundId, "d", Api.payment(awardId, "6000.00")), 409, null);
    }

    @Test
    void onlyForAnAwardTheFundHasCommitted() {
        String fundId = funds.fund();
        funds.paidIn(fundId, "county-council", "100000.00");
        Api.assertProblem(Api.pay(fundId, "e", Api.payment("award-unknown", "10.00")), 400, "awardId");
    }
}
