package org.jointcommissioning.bidding;

import io.quarkus.test.junit.QuarkusTest;
import org.jointcommissioning.bidding.support.Bids;
import org.jointcommissioning.bidding.support.Opportunities;
import org.jointcommissioning.bidding.support.Organisations;
import org.jointcommissioning.contracts.events.OpportunityPublished;
import org.jointcommissioning.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;

/** A lot reserved for the voluntary sector refuses a large company, and no one else. */
@QuarkusTest
class ReservedLotResourceTest {

    @Test
    void aLargeCompanyMayBidOnTheOpenLotButNotOnTheReservedOne() {
        OpportunityPublished opportunity = Opportunities.publish("police", MutableClock.install().tomorrow());
        Map<String, Object> company = Organisations.profile("Big Services", "company", "large");
        company.put("charityNumber", null);
        company.put("companyNumber", "01234567");
        Organisations.register("reserved-big-co", company);

        Bids.submit(Bids.body(opportunity, Opportunities.RESERVED_LOT)).statusCode(409)
                .body("detail", containsString("reserved for voluntary and community organisations"));
        Bids.submitted(opportunity, Opportunities.OPEN_LOT);
    }

    @Test
    void aSmallCompanyAndALargeCharityMayBidOnTheReservedLot() {
        OpportunityPublished opportunity = Opportunities.publish("police", MutableClock.install().tomorrow());
        Organisations.register("reserved-small-co", Organisations.profile("Small Co", "company", "small"));
        Bids.submitted(opportunity, Opportunities.RESERVED_LOT);
        Organisations.register("reserved-large-charity", Organisations.profile("Large Charity", "charity", "large"));
        Bids.submitted(opportunity, Opportunities.RESERVED_LOT);
    }
}
