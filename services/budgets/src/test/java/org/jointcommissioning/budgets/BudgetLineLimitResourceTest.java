package org.jointcommissioning.budgets;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.budgets.service.BudgetPlans;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.jointcommissioning.budgets.Api.assertProblem;
import static org.jointcommissioning.budgets.YearApi.on;
import static org.jointcommissioning.budgets.YearApi.years;

/** A year holds at most 200 budget lines: the 201st is refused, while the lines it has can still be changed. */
@QuarkusTest
class BudgetLineLimitResourceTest {

    @Inject
    TestFunds funds;

    @Test
    @TestSecurity(user = "fm-county", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void aYearTakesTwoHundredLinesAndNoMoreButItsLinesCanStillChange() {
        on("2025-05-01");
        String fundId = funds.fundWithMembers("nhs-trust");
        YearApi.open(fundId, "2025-26", null).statusCode(201);
        for (int i = 1; i <= BudgetPlans.MAX_LINES; i++) {
            YearApi.line(fundId, "2025-26", "line-" + i, "1.00").statusCode(200);
        }

        assertProblem(YearApi.line(fundId, "2025-26", "line-201", "1.00"), 409, null);
        YearApi.line(fundId, "2025-26", "line-1", "2.50").statusCode(200).body("budget.amount", equalTo("2.50"));
        given().get(years(fundId) + "/2025-26/lines").then().statusCode(200)
                .body("$", hasSize(BudgetPlans.MAX_LINES));
    }
}
