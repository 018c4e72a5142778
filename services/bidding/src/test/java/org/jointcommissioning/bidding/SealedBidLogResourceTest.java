package org.jointcommissioning.bidding;

import io.quarkus.test.junit.QuarkusTest;
import org.jointcommissioning.bidding.support.Bids;
import org.jointcommissioning.bidding.support.Opportunities;
import org.jointcommissioning.bidding.support.Organisations;
import org.jointcommissioning.contracts.events.OpportunityPublished;
import org.jointcommissioning.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Nothing sealed reaches the logs: not the price, not an answer, whatever happens to the bid. */
@QuarkusTest
class SealedBidLogResourceTest {

    final List<String> lines = new CopyOnWriteArrayList<>();
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters())
                    + " " + record.getThrown());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void submittingChangingRefusingAndWithdrawingLogNoSealedContent() {
        OpportunityPublished opportunity = Opportunities.publish("county-council", MutableClock.install().tomorrow());
        Organisations.registerCharity("log-org");
        String bid = Bids.submitted(opportunity, Opportunities.OPEN_LOT);
        given().contentType("application/json").body(Bids.changes()).put("/api/bids/" + bid).then().statusCode(200);
        Map<String, Object> secondOnTheLot = Bids.body(opportunity, Opportunities.OPEN_LOT);
        Bids.submit(secondOnTheLot).statusCode(409);
        given().post("/api/bids/" + bid + "/withdraw").then().statusCode(200);

        assertThat(String.join("\n", lines), containsString(bid));
        for (String line : lines) {
            assertThat(line, not(containsString(Bids.PRICE)));
            assertThat(line, not(containsString(Bids.QUALITY_TEXT)));
        }
    }
}
