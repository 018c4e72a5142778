package org.jointcommissioning.budgets;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.jointcommissioning.testing.csv.CsvLists.anyone;
import static org.jointcommissioning.testing.csv.CsvLists.assertSameRefusal;
import static org.jointcommissioning.testing.csv.CsvLists.assertSameRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every list of a fund's money answers in CSV too ({@code Accept: text/csv} or {@code format=csv}): the JSON's items
 * as rows in the same order, money as decimal strings, a formula kept as text, and the same refusals as JSON.
 */
@QuarkusTest
class ListsAsCsvResourceTest {

    private static final String YEAR = "2026-27";

    @Inject
    TestFunds funds;

    @Test
    @TestSecurity(user = "fm-county", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void everyListOfAFundIsTheSameInCsv() {
        YearApi.on("2026-06-01");
        String fundId = funds.fundWithMembers("nhs-trust");
        Map<String, Object> pledge = Api.contribution("county-council", "pledge", "1000.00");
        pledge.put("reference", "=SUM(A1:A9)");
        Api.contribute(fundId, YearApi.key(), pledge).statusCode(201);
        funds.paidIn(fundId, "county-council", "1000.00");
        String awardId = funds.committedAward(fundId, "300.00");
        YearApi.pay(fundId, awardId, "120.50", "2026-06-01").statusCode(201);
        YearApi.open(fundId, YEAR, null).statusCode(201);
        YearApi.line(fundId, YEAR, "reablement", "900.00").statusCode(200);
        String fund = "/api/funds/" + fundId;

        List<List<String>> contributions = assertSameRows(anyone(), fund + "/contributions", "/items", false,
                List.of("id", "fundId", "partnerId", "kind", "amount.amount", "amount.currency", "date", "reference"));
        assertEquals(List.of("pledge", "1000.00", "GBP", "2026-04-01", "'=SUM(A1:A9)"),
                contributions.get(0).subList(3, 8));
        assertSameRows(anyone(), fund + "/ledger", "/items", true, List.of("number", "kind", "date", "recordedAt"));
        assertSameRows(anyone(), fund + "/statement", "/partners", false,
                List.of("partnerId", "pledged.amount", "pledged.currency", "received.amount"));
        assertSameRows(anyone(), fund + "/reservations", "/items", true, List.of("id"));
        List<List<String>> payments = assertSameRows(anyone(), fund + "/payments", "/items", false,
                List.of("id", "fundId", "awardId", "reservationId", "amount.amount", "amount.currency"));
        assertEquals(List.of(awardId, "120.50", "GBP"), List.of(payments.get(0).get(2), payments.get(0).get(4),
                payments.get(0).get(5)));
        assertSameRows(anyone(), "/api/funds?size=100", "/items", false, List.of("id", "name"));
        assertSameRows(anyone(), "/api/partners", "/items", true, List.of("id"));
        assertSameRows(anyone(), fund + "/years", "", true, List.of("id"));
        assertSameRows(anyone(), fund + "/years/" + YEAR + "/statement", "/lines", false, List.of("line"));
        assertSameRows(anyone(), fund + "/years/" + YEAR + "/lines", "", false, List.of("id", "year", "line"));
        assertSameRows(anyone(), fund + "/years/" + YEAR + "/forecasts", "", true, List.of("month", "lines"));
        // The year-end statements come with the close: before it, the CSV caller is refused as the JSON one is.
        assertSameRefusal(anyone(), fund + "/years/" + YEAR + "/partners");
        assertSameRows(anyone(), "/api/audit/budgets?entity=fund&id=" + fundId, "/items", true, List.of("revision"));
    }

    @Test
    @TestSecurity(user = "fm-county", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void aPageSaysInItsHeadersWhereTheListGoesOn() {
        String fundId = funds.fundWithMembers("nhs-trust");
        YearApi.paysIn(fundId, "county-council", "10.00", "2026-04-01");
        YearApi.paysIn(fundId, "county-council", "20.00", "2026-04-02");

        Response first = given().queryParam("format", "csv").queryParam("size", 1)
                .get("/api/funds/{id}/contributions", fundId);
        first.then().statusCode(200).header("X-Total-Count", "4");
        String link = first.header("Link");
        assertTrue(link.contains("/api/funds/" + fundId + "/contributions?") && link.contains("page=1")
                && link.contains("format=csv") && link.endsWith("rel=\"next\""), link);
        Response last = given().accept("text/csv").queryParam("size", 1).queryParam("page", 3)
                .get("/api/funds/{id}/contributions", fundId);
        assertTrue(last.header("Link").contains("page=2") && !last.header("Link").contains("rel=\"next\""),
                last.header("Link"));
        given().queryParam("format", "xml").get("/api/funds/{id}/contributions", fundId).then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "fm-police", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "police"))
    void aPartnerOutsideTheFundIsRefusedAsInJson() {
        String fundId = funds.fundWithMembers("nhs-trust");
        for (String list : List.of("/contributions", "/ledger", "/statement", "/reservations", "/payments",
                "/years", "/years/" + YEAR + "/lines")) {
            assertSameRefusal(anyone(), "/api/funds/" + fundId + list);
        }
    }

    @Test
    @TestSecurity(user = "bidder", roles = "bidder")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "carers-network"))
    void aBidderIsRefusedAsInJson() {
        String fundId = funds.fund();
        assertSameRefusal(anyone(), "/api/funds/" + fundId + "/ledger");
        assertSameRefusal(anyone(), "/api/audit/budgets?entity=fund&id=" + fundId);
    }
}
