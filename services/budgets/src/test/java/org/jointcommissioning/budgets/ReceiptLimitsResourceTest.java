package org.jointcommissioning.budgets;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.budgets.domain.Amounts;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A receipt may not exceed the outstanding pledge, unless flagged as an additional contribution. */
@QuarkusTest
@TestSecurity(user = "fm-county", roles = "finance-manager")
@OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
class ReceiptLimitsResourceTest {

    @Inject
    TestFunds funds;

    @Test
    void aReceiptBeyondThePledgeIsRefusedUnlessAdditional() {
        String fundId = funds.fund();
        Api.contribute(fundId, "p", Api.contribution("county-council", "pledge", "1000.00")).statusCode(201);
        Api.assertProblem(Api.contribute(fundId, "r1", Api.contribution("county-council", "receipt", "1000.01")),
                409, null);

        Map<String, Object> additional = new LinkedHashMap<>(Api.contribution("county-council", "receipt", "1500.00"));
        additional.put("additional", true);
        Api.contribute(fundId, "r2", additional).statusCode(201);

        assertEquals(Amounts.of("2500"), funds.balances(fundId).pledged());
        assertEquals(Amounts.of("1500"), funds.balances(fundId).received());
        assertEquals(Amounts.of("1000"), funds.balances(fundId).outstandingPledges());
    }
}
