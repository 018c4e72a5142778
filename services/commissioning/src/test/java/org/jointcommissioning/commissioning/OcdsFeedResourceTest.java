package org.jointcommissioning.commissioning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.commissioning.repository.FundMembershipRepository;
import org.jointcommissioning.commissioning.service.DeadlineCloser;
import org.jointcommissioning.commissioning.support.Fixtures;
import org.jointcommissioning.commissioning.support.Funds;
import org.jointcommissioning.commissioning.support.Journey;
import org.jointcommissioning.testing.OcdsSchema;
import org.jointcommissioning.contracts.events.ContractAwarded;
import org.jointcommissioning.contracts.events.ContributionRecorded;
import org.jointcommissioning.contracts.events.Topics;
import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.testing.KafkaEvents;
import org.jointcommissioning.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestSecurity(user = "cara", roles = "commissioner")
@OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
class OcdsFeedResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DeadlineCloser closer;

    @Inject
    FundMembershipRepository memberships;

    MutableClock clock;

    @BeforeEach
    void installClockAndFund() {
        clock = MutableClock.install();
        Funds.open(Journey.FUND, Fixtures.COUNTY);
    }

    @Test
    void theFeedPublishesTenderAwardAndContractValidAgainstTheOcdsSchemaAndNothingSealedEarly() {
        Instant start = clock.instant();
        String id = Journey.createDraft(Journey.draftBody(Journey.createFramework(false), clock.instant(), false));
        Journey.publish(id);
        contributes(Journey.FUND, "nhs-trust");

        List<JsonNode> beforeDeadline = releasesOf(id, start);
        assertEquals(List.of("tender"), tags(beforeDeadline.get(0)));
        assertTrue(beforeDeadline.get(0).path("tender").path("tenderers").isMissingNode(), "no tenderers yet");
        assertTrue(beforeDeadline.get(0).path("awards").isMissingNode());

        clock.advance(Duration.ofDays(3));
        closer.closeDue();
        String bid = UUID.randomUUID().toString();
        Journey.openBid(id, bid, "carers-network", "95000.00");
        Journey.score(id, bid, 70, 70, "Good");
        String awardId = Journey.award(id, bid, "95000.00");
        Journey.fundsReserved(UUID.randomUUID().toString(), awardId, Journey.FUND, "95000.00");
        Journey.event(Topics.COMMISSIONING_AWARDS, ContractAwarded.class, awardId);

        List<JsonNode> releases = releasesOf(id, start);
        assertEquals(List.of(List.of("tender"), List.of("tenderUpdate"), List.of("award", "contract")),
                releases.stream().map(OcdsFeedResourceTest::tags).toList());
        JsonNode awarded = releases.get(2);
        assertEquals("ocds-jcp001-" + id, awarded.path("ocid").asText());
        assertEquals("complete", awarded.path("tender").path("status").asText());
        assertEquals("active", awarded.path("awards").get(0).path("status").asText());
        assertEquals(95000.00, awarded.path("contracts").get(0).path("value").path("amount").asDouble());
        assertEquals(List.of("county-council:buyer", "nhs-trust:funder", "carers-network:tenderer+supplier"),
                parties(awarded));
    }

    @Test
    void pagesFollowACursorAndABadCursorIsRefused() {
        Journey.publish(Journey.createDraft(Journey.draftBody(Journey.createFramework(false), clock.instant(), false)));
        Journey.publish(Journey.createDraft(Journey.draftBody(Journey.createFramework(false), clock.instant(), false)));
        JsonNode first = page("?limit=1");
        assertEquals(1, first.path("releases").size());
        assertTrue(first.hasNonNull("next"));
        JsonNode second = page("?limit=1&cursor=" + first.path("next").asText());
        assertFalse(first.path("releases").get(0).path("id").equals(second.path("releases").get(0).path("id")));
        given().queryParam("cursor", "nonsense!").get("/api/ocds/releases").then().statusCode(400);
        given().queryParam("updatedFrom", "2199-12-31T00:00:00Z").get("/api/ocds/releases").then().statusCode(200)
                .body("$", hasKey("next")).body("next", nullValue());
    }

    private void contributes(String fundId, String partner) {
        KafkaEvents.send(fundId, new ContributionRecorded(UUID.randomUUID().toString(), fundId, partner, "receipt",
                Money.gbp("500000.00"), LocalDate.now(), Instant.now()));
        await().atMost(Journey.WAIT).until(() -> Fixtures.read(() -> memberships.contributorsOf(fundId)).contains(partner));
    }

    /** Reads the whole feed from {@code from}, checking every page against the schema. */
    private static List<JsonNode> releasesOf(String opportunityId, Instant from) {
        List<JsonNode> found = new ArrayList<>();
        String query = "?updatedFrom=" + from;
        while (query != null) {
            JsonNode page = page(query);
            page.path("releases").forEach(r -> {
                if (r.path("ocid").asText().endsWith(opportunityId)) {
                    found.add(r);
                }
            });
            query = page.hasNonNull("next") ? "?updatedFrom=" + from + "&cursor=" + page.path("next").asText() : null;
        }
        return found;
    }

    private static JsonNode page(String query) {
        try {
            JsonNode page = JSON.readTree(given().get("/api/ocds/releases" + query)
                    .then().statusCode(200).extract().asString());
            assertEquals(List.of(), OcdsSchema.violations(page));
            return page;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> tags(JsonNode release) {
        List<String> tags = new ArrayList<>();
        release.path("tag").forEach(t -> tags.add(t.asText()));
        return tags;
    }

    private static List<String> parties(JsonNode release) {
        List<String> parties = new ArrayList<>();
        release.path("parties").forEach(p -> {
            List<String> roles = new ArrayList<>();
            p.path("roles").forEach(r -> roles.add(r.asText()));
            parties.add(p.path("id").asText() + ":" + String.join("+", roles));
        });
        return parties;
    }
}
