package org.jointcommissioning.commissioning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.commissioning.service.DeadlineCloser;
import org.jointcommissioning.commissioning.support.Fixtures;
import org.jointcommissioning.commissioning.support.Funds;
import org.jointcommissioning.commissioning.support.Journey;
import org.jointcommissioning.contracts.events.ContractAwarded;
import org.jointcommissioning.contracts.events.Topics;
import org.jointcommissioning.testing.MutableClock;
import org.jointcommissioning.testing.OcdsSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A contracting process's OCDS record: its releases and the compiled release, valid against the record package schema. */
@QuarkusTest
@TestSecurity(user = "cara", roles = "commissioner")
@OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
class OcdsRecordsResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DeadlineCloser closer;

    MutableClock clock;

    @BeforeEach
    void installClockAndFund() {
        clock = MutableClock.install();
        Funds.open(Journey.FUND, Fixtures.COUNTY);
    }

    @Test
    void aProcessRecordCompilesItsTenderUpdateAwardAndContract() {
        String id = Journey.createDraft(Journey.draftBody(Journey.createFramework(false), clock.instant(), false));
        Journey.publish(id);
        clock.advance(Duration.ofDays(3));
        closer.closeDue();
        String bid = UUID.randomUUID().toString();
        Journey.openBid(id, bid, "carers-network", "95000.00");
        Journey.score(id, bid, 70, 70, "Good");
        String awardId = Journey.award(id, bid, "95000.00");
        Journey.fundsReserved(UUID.randomUUID().toString(), awardId, Journey.FUND, "95000.00");
        Journey.event(Topics.COMMISSIONING_AWARDS, ContractAwarded.class, awardId);

        JsonNode record = recordPackage("/api/ocds/records/ocds-jcp001-" + id).path("records").get(0);
        assertEquals("ocds-jcp001-" + id, record.path("ocid").asText());
        assertEquals(3, record.path("releases").size());
        JsonNode compiled = record.path("compiledRelease");
        assertEquals("compiled", compiled.path("tag").get(0).asText());
        assertEquals(record.path("releases").get(2).path("date"), compiled.path("date"));
        assertEquals("complete", compiled.path("tender").path("status").asText());
        assertEquals("active", compiled.path("awards").get(0).path("status").asText());
        assertEquals(1, compiled.path("contracts").size());
        assertEquals(3, compiled.path("parties").size(), "buyer, and the carers network as tenderer and supplier, once each");
    }

    @Test
    void recordsPageByCursorAndAnUnknownProcessIsNotFound() {
        Journey.publish(Journey.createDraft(Journey.draftBody(Journey.createFramework(false), clock.instant(), false)));
        Journey.publish(Journey.createDraft(Journey.draftBody(Journey.createFramework(false), clock.instant(), false)));
        JsonNode first = recordPackage("/api/ocds/records?limit=1");
        assertEquals(1, first.path("records").size());
        assertTrue(first.hasNonNull("next"));
        JsonNode second = recordPackage("/api/ocds/records?limit=1&cursor=" + first.path("next").asText());
        assertNotEquals(first.path("records").get(0).path("ocid"), second.path("records").get(0).path("ocid"));

        given().get("/api/ocds/records/ocds-jcp001-" + UUID.randomUUID()).then().statusCode(404);
        given().get("/api/ocds/records/elsewhere-1").then().statusCode(404);
        given().queryParam("cursor", "nonsense!").get("/api/ocds/records").then().statusCode(400);
    }

    private static JsonNode recordPackage(String path) {
        try {
            JsonNode found = JSON.readTree(given().get(path).then().statusCode(200).extract().asString());
            assertEquals(List.of(), OcdsSchema.recordPackageViolations(found));
            return found;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
