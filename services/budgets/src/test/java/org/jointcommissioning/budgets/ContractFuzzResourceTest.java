package org.jointcommissioning.budgets;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.jointcommissioning.testing.fuzz.ContractFuzz;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever the contract allows or forbids is sent to every operation: no 5xx, every refusal a problem, every answer as declared. */
@QuarkusTest
class ContractFuzzResourceTest {

    @Test
    @TestSecurity(user = "fuzzer", roles = {"commissioner", "bidder", "finance-manager", "performance-officer",
            "partnership-admin", "auditor"})
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void aCallerWithEveryRoleGetsNoServerErrorForAnyInput() {
        assertTrue(ContractFuzz.run("budgets") > 100);
    }

    @Test
    void anAnonymousCallerGetsNoServerErrorForAnyInput() {
        assertTrue(ContractFuzz.run("budgets") > 100);
    }
}
