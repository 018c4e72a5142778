package org.jointcommissioning.commissioning;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.support.Fixtures;
import org.jointcommissioning.commissioning.support.Journey;
import org.jointcommissioning.commissioning.support.Outbox;
import org.jointcommissioning.contracts.events.TechnicalScoringCompleted;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bidding learns once, through the outbox, that every opened bid's quality scores are in (financial envelopes). */
@QuarkusTest
@TestSecurity(user = "cara", roles = "commissioner")
@OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
class TechnicalScoringResourceTest {

    @Test
    void completionIsAnnouncedWhenTheLastOpenedBidIsFirstScoredAndNeverAgain() {
        String id = Fixtures.countyOpportunity(OpportunityStatus.CLOSED);
        Fixtures.openedBid(id, id + "-a", "carers-network", "100.00");
        Fixtures.openedBid(id, id + "-b", "youth-trust", "80.00");

        Journey.score(id, id + "-a", 90, 80, "Well argued");
        assertEquals(0, Outbox.count(TechnicalScoringCompleted.class, id));

        Journey.score(id, id + "-b", 70, 50, "Solid");
        assertEquals(1, Outbox.count(TechnicalScoringCompleted.class, id));

        Journey.score(id, id + "-a", 60, 60, "Revised");
        assertEquals(1, Outbox.count(TechnicalScoringCompleted.class, id));
    }
}
