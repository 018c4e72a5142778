package org.jointcommissioning.commissioning;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.support.Fixtures;
import org.jointcommissioning.commissioning.support.Journey;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** An opportunity with two lots is awarded once every lot that drew bids has an active award. */
@QuarkusTest
@TestSecurity(user = "cara", roles = "commissioner")
@OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
class LotAwardResourceTest {

    @Test
    void aLotWithoutBidsDoesNotHoldBackTheAward() {
        String id = twoLots();
        award(id);
        given().get("/api/opportunities/" + id).then().body("status", equalTo("awarded"))
                .body("lots.status", contains("awarded", "open"));
    }

    @Test
    void aLotWithBidsStillToAwardKeepsTheOpportunityClosed() {
        String id = twoLots();
        Fixtures.openedBid(id, "lot-2", id + "-c", "carers-network", "400.00");
        award(id);
        given().get("/api/opportunities/" + id).then().body("status", equalTo("closed"))
                .body("lots.status", contains("awarded", "open"));
    }

    private static void award(String id) {
        String awardId = Journey.award(id, id + "-a", "900.00");
        Journey.fundsReserved(UUID.randomUUID().toString(), awardId, Fixtures.fundOf(id), "900.00");
        await().atMost(Journey.WAIT).until(() -> "active".equals(Journey.awardStatus(id, awardId)));
    }

    private static String twoLots() {
        String id = Fixtures.countyOpportunity(OpportunityStatus.CLOSED);
        Fixtures.secondLot(id);
        Fixtures.openedBid(id, id + "-a", "carers-network", "900.00");
        Fixtures.scored(id, id + "-a", 70, 70, "Sound");
        return id;
    }
}
