package org.jointcommissioning.bidding;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.jointcommissioning.bidding.support.Bids;
import org.jointcommissioning.bidding.support.Opportunities;
import org.jointcommissioning.contracts.events.OpportunityPublished;
import org.jointcommissioning.testing.MutableClock;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** A bid needs the organisation's profile (its legal form and size decide reserved lots and travel in BidOpened). */
@QuarkusTest
class UnregisteredBidderResourceTest {

    @Test
    @TestSecurity(user = "newcomer", roles = "bidder")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "unregistered-org"))
    void anUnregisteredOrganisationIsToldToRegisterFirst() {
        OpportunityPublished opportunity = Opportunities.publish("county-council", MutableClock.install().tomorrow());
        Bids.submit(Bids.body(opportunity, Opportunities.OPEN_LOT)).statusCode(409)
                .body("detail", containsString("Register your organisation"));
    }

    @Test
    @TestSecurity(user = "fiona", roles = "finance-manager")
    @OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
    void otherRolesMayNeitherBidNorListBids() {
        given().get("/api/bids").then().statusCode(403);
        Bids.submit(Bids.changes()).statusCode(403);
    }
}
