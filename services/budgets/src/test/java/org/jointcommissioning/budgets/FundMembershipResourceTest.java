package org.jointcommissioning.budgets;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.jointcommissioning.contracts.events.FundMembershipChanged;
import org.jointcommissioning.contracts.events.Topics;
import org.jointcommissioning.testing.KafkaEvents;
import org.jointcommissioning.testing.ReceivedEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fund's members are set by the admin or by the host partner's finance managers; every change is noted in the
 * fund's ledger and announced as FundMembershipChanged, and no change may strand money or a fixed share.
 */
@QuarkusTest
class FundMembershipResourceTest {

    @Inject
    TestFunds funds;

    @Test
    @TestSecurity(user = "admin", roles = "partnership-admin")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void openingAFundAnnouncesItsMembersAndNotesThemInItsLedger() {
        funds.partner("county-council");
        funds.partner("nhs-trust");
        String fundId = Api.post("/api/funds", null, Map.of("name", "Carers", "purpose", "Support for carers",
                        "hostPartnerId", "county-council", "members", List.of("nhs-trust"), "financialYear", "2026-27",
                        "currency", "GBP", "riskShare", Map.of("rule", "proportional")))
                .statusCode(201).body("members", equalTo(List.of("county-council", "nhs-trust")))
                .extract().path("id");

        ReceivedEvent opened = membershipChanged(fundId, 1).get(0);
        assertEquals(List.of("county-council", "nhs-trust"), members(opened));
        assertEquals("county-council", opened.json().path("hostPartnerId").asText());
        assertTrue(opened.json().path("open").asBoolean());
        JsonPath ledger = ledger(fundId);
        assertEquals(List.of("fund-opened"), ledger.getList("items.cause"));
        assertEquals("note", ledger.getString("items[0].kind"));
        assertEquals(List.of(), ledger.getList("items[0].lines"));
        assertEquals("Fund opened by admin with members county-council, nhs-trust",
                ledger.getString("items[0].description"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "partnership-admin")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void theAnnouncementNamesEveryMemberWithItsOrganisationIdentifier() {
        Api.post("/api/partners", null, Map.of("id", "kent-county", "name", "Kent County Council",
                "kind", "county-council", "identifier", "GB-LAE-KEN")).statusCode(201)
                .body("identifier", equalTo("GB-LAE-KEN"));
        Api.post("/api/partners", null, Map.of("id", "kent-police", "name", "Kent Police", "kind", "police"))
                .statusCode(201).body("$", not(hasKey("identifier")));
        String fundId = Api.post("/api/funds", null, Map.of("name", "Kent carers", "purpose", "Support for carers",
                        "hostPartnerId", "kent-county", "members", List.of("kent-police"), "financialYear", "2026-27",
                        "currency", "GBP", "riskShare", Map.of("rule", "proportional")))
                .statusCode(201).extract().path("id");

        JsonNode partners = membershipChanged(fundId, 1).get(0).json().path("partners");
        assertEquals(2, partners.size());
        assertEquals("Kent County Council", partners.path(0).path("name").asText());
        assertEquals("GB-LAE-KEN", partners.path(0).path("identifier").asText());
        assertEquals("kent-police", partners.path(1).path("id").asText());
        assertTrue(partners.path(1).path("identifier").isNull());
    }

    @Test
    @TestSecurity(user = "fm-county", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void theHostsFinanceManagerChangesTheMembersAndTheChangeIsRecorded() {
        String fundId = funds.fundWithMembers("nhs-trust");
        funds.partner("police");
        putMembers(fundId, List.of("nhs-trust", "police")).statusCode(200)
                .body("members", equalTo(List.of("county-council", "nhs-trust", "police")));

        ReceivedEvent changed = membershipChanged(fundId, 1).get(0);
        assertEquals(List.of("county-council", "nhs-trust", "police"), members(changed));
        assertTrue(changed.json().path("open").asBoolean());
        JsonPath ledger = ledger(fundId);
        assertEquals("membership-changed", ledger.getString("items[0].cause"));
        assertEquals("note", ledger.getString("items[0].kind"));
        assertEquals("Members changed by fm-county from county-council, nhs-trust to county-council, nhs-trust, police",
                ledger.getString("items[0].description"));
        assertEquals(List.of("county-council", "nhs-trust", "police"), funds.members(fundId));

        putMembers(fundId, List.of("county-council", "nhs-trust", "police")).statusCode(200);
        assertEquals(1, ledger(fundId).getInt("total"), "the same members again change nothing");
    }

    @Test
    @TestSecurity(user = "fm-county", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void theHostsFinanceManagerSeesEveryCommitmentAndItsAward() {
        String fundId = funds.fundWithMembers("nhs-trust");
        funds.paidIn(fundId, "nhs-trust", "1000.00");
        String first = funds.committedAward(fundId, "100.00");
        String second = funds.committedAward(fundId, "200.00");
        given().get("/api/funds/{id}/reservations", fundId).then().statusCode(200)
                .body("items.awardId", equalTo(List.of(first, second)))
                .body("items.status", equalTo(List.of("committed", "committed")));
    }

    @Test
    @TestSecurity(user = "fm-nhs", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "nhs-trust"))
    void aMembersFinanceManagerThatIsNotTheHostMayNotChangeThem() {
        String fundId = funds.fundWithMembers("nhs-trust");
        Api.assertProblem(putMembers(fundId, List.of("nhs-trust")), 403, null);
        assertEquals(List.of("county-council", "nhs-trust"), funds.members(fundId));
    }

    @Test
    @TestSecurity(user = "fm-police", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "police"))
    void aNonMembersFinanceManagerIsToldTheFundDoesNotExist() {
        String fundId = funds.fundWithMembers("nhs-trust");
        Api.assertProblem(putMembers(fundId, List.of("nhs-trust", "police")), 404, null);
        assertEquals(List.of("county-council", "nhs-trust"), funds.members(fundId));
    }

    @Test
    @TestSecurity(user = "commissioner-county", roles = "commissioner")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void theHostsCommissionerMayNotChangeThem() {
        String fundId = funds.fundWithMembers("nhs-trust");
        Api.assertProblem(putMembers(fundId, List.of()), 403, null);
    }

    @Test
    @TestSecurity(user = "admin", roles = "partnership-admin")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void aPartnerWithMoneyInTheFundStaysAMember() {
        String fundId = funds.fundWithMembers("nhs-trust", "police");
        funds.pledged(fundId, "nhs-trust", "10.00");
        putMembers(fundId, List.of("county-council")).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("nhs-trust"));
        assertEquals(List.of("county-council", "nhs-trust", "police"), funds.members(fundId));
        putMembers(fundId, List.of("nhs-trust")).statusCode(200)
                .body("members", equalTo(List.of("county-council", "nhs-trust")));
    }

    @Test
    @TestSecurity(user = "admin", roles = "partnership-admin")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void aHolderOfAFixedShareStaysAMember() {
        String fundId = funds.fund(Map.of("county-council", new BigDecimal("60"), "nhs-trust", new BigDecimal("40")));
        putMembers(fundId, List.of("county-council")).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("nhs-trust"));
        assertEquals(List.of("county-council", "nhs-trust"), funds.members(fundId));
    }

    @Test
    @TestSecurity(user = "admin", roles = "partnership-admin")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void theMembersAreKnownPartnersNamedOnceAndAlwaysIncludeTheHost() {
        String fundId = funds.fundWithMembers("nhs-trust");
        Api.assertProblem(putMembers(fundId, List.of("nhs-trust", "nhs-trust")), 400, "members");
        Api.assertProblem(putMembers(fundId, List.of("nobody")), 400, "members");
        Api.assertProblem(putMembers(fundId, List.of()), 400, "members");
        putMembers(fundId, List.of("nhs-trust")).statusCode(200)
                .body("members", equalTo(List.of("county-council", "nhs-trust")));
        Api.assertProblem(putMembers("no-such-fund", List.of("nhs-trust")), 404, null);
    }

    @Test
    @TestSecurity(user = "admin", roles = "partnership-admin")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
    void closingAnnouncesTheFundIsNoLongerOpenAndFreezesItsMembers() {
        String fundId = funds.fundWithMembers("nhs-trust");
        given().post("/api/funds/{id}/close", fundId).then().statusCode(200).body("status", equalTo("closed"));

        ReceivedEvent closed = membershipChanged(fundId, 1).get(0);
        assertFalse(closed.json().path("open").asBoolean());
        assertEquals(List.of("county-council", "nhs-trust"), members(closed));
        assertEquals("fund-closed", ledger(fundId).getString("items[0].cause"));
        funds.partner("police");
        Api.assertProblem(putMembers(fundId, List.of("nhs-trust", "police")), 409, null);
    }

    private static ValidatableResponse putMembers(String fundId, List<String> members) {
        return given().contentType(ContentType.JSON).body(Map.of("members", members))
                .put("/api/funds/{id}/members", fundId).then();
    }

    private static JsonPath ledger(String fundId) {
        return given().queryParam("size", 100).get("/api/funds/{id}/ledger", fundId).then().statusCode(200)
                .extract().jsonPath();
    }

    /** The fund's FundMembershipChanged events, each checked against the event's schema. */
    private static List<ReceivedEvent> membershipChanged(String fundId, int count) {
        List<ReceivedEvent> events = KafkaEvents.await(Topics.BUDGETS_FUNDS,
                KafkaEvents.ofType(FundMembershipChanged.class, fundId), count, Saga.PATIENCE);
        events.forEach(ReceivedEvent::assertValid);
        return events;
    }

    private static List<String> members(ReceivedEvent event) {
        List<String> members = new ArrayList<>();
        event.json().path("members").forEach(member -> members.add(member.asText()));
        return members;
    }
}
