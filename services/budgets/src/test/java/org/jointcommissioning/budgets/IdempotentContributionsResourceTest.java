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

/** A retried contribution is recorded once; the same key with another body is refused. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "partnership-admin")
@OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
class IdempotentContributionsResourceTest {

    @Inject
    TestFunds funds;

    @Test
    void theSameKeyAndBodyAnswerWithTheFirstContribution() {
        String fundId = funds.fund();
        var pledge = Api.contribution("county-council", "pledge", "250000.00");
        String first = Api.contribute(fundId, "pledge-1", pledge).statusCode(201).extract().path("id");
        Api.contribute(fundId, "pledge-1", pledge).statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertEquals(Amounts.of("250000"), funds.balances(fundId).pledged());
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflict() {
        String fundId = funds.fund();
        Api.contribute(fundId, "pledge-2", Api.contribution("county-council", "pledge", "100.00")).statusCode(201);
        Api.assertProblem(Api.contribute(fundId, "pledge-2", Api.contribution("county-council", "pledge", "200.00")),
                409, null);
        assertEquals(Amounts.of("100"), funds.balances(fundId).pledged());
    }
}
