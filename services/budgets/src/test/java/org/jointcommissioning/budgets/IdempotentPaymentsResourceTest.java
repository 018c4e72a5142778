package org.jointcommissioning.budgets;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.budgets.domain.Amounts;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A retried payment is paid once; the same key with another body is refused. */
@QuarkusTest
@TestSecurity(user = "fm-county", roles = "finance-manager")
@OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
class IdempotentPaymentsResourceTest {

    @Inject
    TestFunds funds;

    @Test
    void theSameKeyAndBodyPayOnce() {
        String fundId = funds.fund();
        funds.paidIn(fundId, "county-council", "100000.00");
        String awardId = funds.committedAward(fundId, "50000.00");
        var payment = Api.payment(awardId, "10000.00");
        String first = Api.pay(fundId, "invoice-1", payment).statusCode(201).extract().path("id");
        Api.pay(fundId, "invoice-1", payment).statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        assertEquals(Amounts.of("10000"), funds.balances(fundId).spent());
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflict() {
        String fundId = funds.fund();
        funds.paidIn(fundId, "county-council", "100000.00");
        String awardId = funds.committedAward(fundId, "50000.00");
        Api.pay(fundId, "invoice-2", Api.payment(awardId, "10000.00")).statusCode(201);
        Api.assertProblem(Api.pay(fundId, "invoice-2", Api.payment(awardId, "20000.00")), 409, null);
        assertEquals(Amounts.of("10000"), funds.balances(fundId).spent());
    }
}
