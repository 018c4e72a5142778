package org.jointcommissioning.outcomes.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.outcomes.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.jointcommissioning.testing.csv.CsvLists.anyone;
import static org.jointcommissioning.testing.csv.CsvLists.assertSameRefusal;
import static org.jointcommissioning.testing.csv.CsvLists.assertSameRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Indicators, their measurements, challenges and risks, the scorecard and the audit trail answer in CSV too
 * ({@code Accept: text/csv} or {@code format=csv}): the JSON's items as rows in the same order, and the same refusals.
 */
@QuarkusTest
class ListsAsCsvResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    @TestSecurity(user = "olu", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void everyListIsTheSameInCsv() {
        String code = fixtures.indicatorWithContributors("county-council", "district-council");
        fixtures.measure(code, "2026-27-Q1", "120");
        fixtures.measure(code, "2026-27-Q2", "-5.5");
        fixtures.challenge(code, "district-council");
        fixtures.risk("county-council", code, 2, 3);
        String indicator = "/api/indicators/" + code;

        assertSameRows(anyone(), "/api/indicators?size=100", "/items", false, List.of("code", "title", "kind"));
        List<List<String>> periods = assertSameRows(anyone(), indicator + "/measurements", "/items", true,
                List.of("period"));
        assertEquals(2, periods.size());
        assertSameRows(anyone(), indicator + "/challenges", "/items", false, List.of("id", "indicatorCode", "state"));
        assertSameRows(anyone(), "/api/risks?indicator=" + code, "/items", true, List.of("id", "title"));
        assertSameRows(anyone(), indicator + "/contracts", "/contracts", false, List.of("awardId", "opportunityId"));
        assertSameRows(anyone(), "/api/scorecard", "/themes", true, List.of("theme"));
        assertSameRows(anyone(), "/api/audit/outcomes?entity=indicator&id=" + code, "/items", false,
                List.of("revision", "changedAt", "action"));
    }

    @Test
    @TestSecurity(user = "olu", roles = "performance-officer")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void anUnknownIndicatorIsRefusedAsInJson() {
        assertSameRefusal(anyone(), "/api/indicators/NO-SUCH-CODE/measurements");
        assertSameRefusal(anyone(), "/api/indicators/NO-SUCH-CODE/challenges");
        assertSameRefusal(anyone(), "/api/indicators?size=101");
    }

    @Test
    void anAnonymousCallerIsRefusedAsInJson() {
        assertSameRefusal(anyone(), "/api/indicators");
        assertSameRefusal(anyone(), "/api/scorecard");
    }
}
