package org.jointcommissioning.budgets;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Invalid amounts, currencies, fields and headers are 400 problems naming the field; nothing is recorded. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "partnership-admin")
@OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
class InvalidRequestsResourceTest {

    @Inject
    TestFunds funds;

    @Test
    void amountsMustBePositiveWithAtMostTwoDecimals() {
        String fundId = funds.fund();
        for (String amount : new String[]{"-5.00", "0", "10.001"}) {
            Api.assertProblem(Api.contribute(fundId, "k-" + amount, withAmount(amount, "GBP")), 400, "amount");
        }
        // The toolkit reads money whole, so an unreadable amount names the money field.
        Api.assertProblem(Api.contribute(fundId, "k-ten", withAmount("ten", "GBP")), 400, "amount");
    }

    @Test
    void theCurrencyMustBeTheFunds() {
        String fundId = funds.fund();
        Api.assertProblem(Api.contribute(fundId, "eur", withAmount("10.00", "EUR")), 400, "amount.currency");
        Api.assertProblem(Api.contribute(fundId, "quid", withAmount("10.00", "quid")), 400, "amount");
    }

    @Test
    void unknownAndReadOnlyFieldsAreRejected() {
        String fundId = funds.fund();
        Map<String, Object> body = new LinkedHashMap<>(Api.contribution("county-council", "pledge", "10.00"));
        body.put("colour", "blue");
        Api.assertProblem(Api.contribute(fundId, "unknown", body), 400, "colour");
        body.remove("colour");
        body.put("id", "mine");
        Api.assertProblem(Api.contribute(fundId, "read-only", body), 400, "id");
    }

    @Test
    void moneyMovesNeedAnIdempotencyKey() {
        String fundId = funds.fund();
        Api.assertProblem(Api.contribute(fundId, null, Api.contribution("county-council", "pledge", "10.00")),
                400, "Idempotency-Key");
    }

    @Test
    void pagesAndDatesAreChecked() {
        String fundId = funds.fund();
        Api.assertProblem(given().queryParam("size", 101).get("/api/funds/{id}/ledger", fundId).then(), 400, "size");
        Api.assertProblem(given().queryParam("asOf", "31/03/2027").get("/api/funds/{id}/statement", fundId).then(),
                400, "asOf");
    }

    private static Map<String, Object> withAmount(String amount, String currency) {
        Map<String, Object> body = new LinkedHashMap<>(Api.contribution("county-council", "pledge", "1.00"));
        body.put("amount", Map.of("amount", amount, "currency", currency));
        return body;
    }
}
