package org.jointcommissioning.commissioning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.commissioning.domain.Partner;
import org.jointcommissioning.commissioning.repository.FundMembershipRepository;
import org.jointcommissioning.commissioning.service.DeadlineCloser;
import org.jointcommissioning.commissioning.support.Db;
import org.jointcommissioning.commissioning.support.Fixtures;
import org.jointcommissioning.commissioning.support.Funds;
import org.jointcommissioning.commissioning.support.Journey;
import org.jointcommissioning.contracts.events.ContractAwarded;
import org.jointcommissioning.contracts.events.ContributionRecorded;
import org.jointcommissioning.contracts.events.FundMembershipChanged;
import org.jointcommissioning.contracts.events.Topics;
import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.testing.KafkaEvents;
import org.jointcommissioning.testing.MutableClock;
import org.jointcommissioning.testing.OcdsSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OCDS parties carry names and organisation identifiers: the partners' as the budgets service announces them with
 * each fund's membership, the bidders' from their charity or company numbers as the bids are opened.
 */
@QuarkusTest
@TestSecurity(user = "cara", roles = "commissioner")
@OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
class OcdsPartiesResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DeadlineCloser closer;

    @Inject
    FundMembershipRepository memberships;

    MutableClock clock;

    @BeforeEach
    void installClock() {
        clock = MutableClock.install();
    }

    @Test
    void buyerFunderAndBiddersAreNamedAndIdentified() {
        Funds.named(UUID.randomUUID().toString(), Journey.FUND, true, Instant.now(), List.of(
                partner(Fixtures.COUNTY, "Kent County Council", "GB-LAE-KEN"),
                partner(Fixtures.NHS, "Kent Community NHS Trust", "GB-NHS-RYQ")));
        contributes(Journey.FUND, Fixtures.NHS);
        String id = Journey.createDraft(Journey.draftBody(Journey.createFramework(false), clock.instant(), false));
        Journey.publish(id);
        clock.advance(Duration.ofDays(3));
        closer.closeDue();
        String charityBid = UUID.randomUUID().toString();
        String companyBid = UUID.randomUUID().toString();
        Journey.openBid(id, charityBid, "carers-network", "charity", "1144000", null, "90000.00");
        Journey.openBid(id, companyBid, "youth-cic", "community-interest-company", null, "09876543", "95000.00");
        Journey.score(id, charityBid, 70, 70, "Good");
        Journey.score(id, companyBid, 60, 60, "Fair");
        String awardId = Journey.award(id, charityBid, "90000.00");
        Journey.fundsReserved(UUID.randomUUID().toString(), awardId, Journey.FUND, "90000.00");
        Journey.event(Topics.COMMISSIONING_AWARDS, ContractAwarded.class, awardId);

        JsonNode compiled = record(id).path("compiledRelease");
        assertEquals("Kent County Council", compiled.path("buyer").path("name").asText());
        assertParty(compiled, Fixtures.COUNTY, "Kent County Council", "GB-LAE", "KEN", "buyer");
        assertParty(compiled, Fixtures.NHS, "Kent Community NHS Trust", "GB-NHS", "RYQ", "funder");
        assertParty(compiled, "carers-network", "Name of carers-network", "GB-CHC", "1144000", "tenderer", "supplier");
        assertParty(compiled, "youth-cic", "Name of youth-cic", "GB-COH", "09876543", "tenderer");
        assertEquals("Name of carers-network",
                compiled.path("awards").get(0).path("suppliers").get(0).path("name").asText());
    }

    @Test
    void aPartnerWithoutAnIdentifierIsNamedWithoutOne() {
        String fund = "fund-" + UUID.randomUUID();
        Funds.named(UUID.randomUUID().toString(), fund, true, Instant.now(),
                List.of(partner(Fixtures.COUNTY, "Kent County Council", null)));
        Map<String, Object> body = new HashMap<>(Journey.draftBody(Journey.createFramework(false), clock.instant(), false));
        body.put("fundId", fund);
        String id = Journey.createDraft(body);
        Journey.publish(id);

        JsonNode buyer = party(record(id).path("compiledRelease"), Fixtures.COUNTY);
        assertEquals("Kent County Council", buyer.path("name").asText());
        assertFalse(buyer.has("identifier"));
    }

    @Test
    void aRedeliveredOrOlderNamingChangesNothing() {
        String fund = "fund-" + UUID.randomUUID();
        String partner = "district-" + UUID.randomUUID();
        Instant earlier = Instant.now();
        Instant later = earlier.plusSeconds(60);
        String first = UUID.randomUUID().toString();
        Funds.named(first, fund, true, earlier, List.of(partner(partner, "Dover District Council", "GB-LAE-DOV")));
        Funds.named(UUID.randomUUID().toString(), fund, true, later,
                List.of(partner(partner, "Dover District Council (renamed)", "GB-LAE-DOV")));

        // The first event again, as the broker may redeliver it, then an older naming under a new id: the last is
        // applied after the redelivery on the fund's partition, so once it is applied both have been seen.
        KafkaEvents.send(first, fund, new FundMembershipChanged(fund, partner, true, List.of(partner),
                List.of(partner(partner, "Dover District Council", "GB-LAE-DOV")), earlier));
        Funds.named(UUID.randomUUID().toString(), fund, true, earlier.minusSeconds(60),
                List.of(partner(partner, "Dover DC (old name)", null)));

        Partner kept = Fixtures.read(() -> Db.find(Partner.class, partner));
        assertEquals("Dover District Council (renamed)", kept.name);
        assertEquals("GB-LAE-DOV", kept.identifier);
        assertEquals(1L, Fixtures.read(() -> ((Number) Db.em().createNativeQuery(
                "select count(*) from partner where id = :id").setParameter("id", partner).getSingleResult()).longValue()));
    }

    private static FundMembershipChanged.Partner partner(String id, String name, String identifier) {
        return new FundMembershipChanged.Partner(id, name, identifier);
    }

    private void contributes(String fundId, String partner) {
        KafkaEvents.send(fundId, new ContributionRecorded(UUID.randomUUID().toString(), fundId, partner, "receipt",
                Money.gbp("500000.00"), LocalDate.now(), Instant.now()));
        await().atMost(Journey.WAIT).until(() -> Fixtures.read(() -> memberships.contributorsOf(fundId)).contains(partner));
    }

    private static void assertParty(JsonNode release, String id, String name, String scheme, String number,
                                    String... roles) {
        JsonNode party = party(release, id);
        assertEquals(name, party.path("name").asText());
        assertEquals(scheme, party.path("identifier").path("scheme").asText());
        assertEquals(number, party.path("identifier").path("id").asText());
        assertTrue(StreamSupport.stream(party.path("roles").spliterator(), false).map(JsonNode::asText).toList()
                .containsAll(List.of(roles)), party.toString());
    }

    private static JsonNode party(JsonNode release, String id) {
        return StreamSupport.stream(release.path("parties").spliterator(), false)
                .filter(p -> p.path("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private static JsonNode record(String opportunityId) {
        try {
            JsonNode found = JSON.readTree(given().get("/api/ocds/records/ocds-jcp001-" + opportunityId).then()
                    .statusCode(200).extract().asString());
            assertEquals(List.of(), OcdsSchema.recordPackageViolations(found));
            return found.path("records").get(0);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
