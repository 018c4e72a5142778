package org.jointcommissioning.bidding;

import io.quarkus.test.junit.QuarkusTest;
import org.jointcommissioning.bidding.support.Actors;
import org.jointcommissioning.bidding.support.Bids;
import org.jointcommissioning.bidding.support.Commissioning;
import org.jointcommissioning.bidding.support.Documents;
import org.jointcommissioning.bidding.support.Opportunities;
import org.jointcommissioning.bidding.support.Organisations;
import org.jointcommissioning.contracts.events.OpportunityPublished;
import org.jointcommissioning.contracts.events.TechnicalScoringCompleted;
import org.jointcommissioning.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * Nobody reads a document before its envelope is opened: not the bidder, another bidder, the commissioners, the
 * admin or the auditor. The owner's commissioners open the envelopes after the deadline, in order, the financial one
 * only once commissioning says the technical scores are in.
 */
@QuarkusTest
class SealedEnvelopeResourceTest {

    MutableClock clock;
    OpportunityPublished opportunity;
    String bidder;
    String bid;
    String policy;
    String method;
    String budget;

    @BeforeEach
    void aBidWithADocumentInEachEnvelope() {
        clock = MutableClock.install();
        opportunity = Opportunities.publish("nhs-trust", clock.tomorrow());
        bidder = "envelope-bidder-" + System.nanoTime();
        Organisations.registerCharity(bidder);
        bid = Bids.submitted(opportunity, Opportunities.OPEN_LOT);
        policy = Documents.uploaded(bid, "qualification", Documents.POLICY);
        method = Documents.uploaded(bid, "technical", Documents.METHOD_STATEMENT);
        budget = Documents.uploaded(bid, "financial", Documents.BUDGET);
    }

    @Test
    void beforeTheDeadlineOnlyTheBidderSeesTheDocumentsAndNobodyTheirContent() {
        assertNoLeak(Documents.content(bid, method).statusCode(409).extract().asString());
        given().get("/api/bids/" + bid + "/envelopes").then().statusCode(200)
                .body("items.sealed", contains(true, true, true)).body("items.documents", contains(1, 1, 1));

        Actors.bidder("envelope-rival");
        assertNoLeak(Documents.content(bid, method).statusCode(404).extract().asString());
        Actors.commissioner("nhs-trust");
        assertNoLeak(Documents.content(bid, method).statusCode(404).extract().asString());
        Documents.open(bid, "qualification").statusCode(404);
        Actors.auditor();
        assertNoLeak(Documents.content(bid, method).statusCode(404).extract().asString());
        Actors.admin();
        given().get("/api/bids/" + bid + "/documents/" + method + "/content").then().statusCode(403);
    }

    @Test
    void afterTheDeadlineTheEnvelopesOpenInOrderAndOnlyOpenedContentIsRead() {
        clock.advance(Duration.ofDays(2));
        Opportunities.close(opportunity);

        Actors.commissioner("nhs-trust");
        given().get("/api/bids/" + bid + "/documents").then().statusCode(200).body("total", equalTo(3));
        assertNoLeak(Documents.content(bid, policy).statusCode(409).extract().asString());
        Documents.open(bid, "technical").statusCode(409);
        Documents.open(bid, "financial").statusCode(409);

        Documents.open(bid, "qualification").statusCode(200).body("sealed", equalTo(false))
                .body("documents", equalTo(1));
        Documents.open(bid, "qualification").statusCode(409);
        assertArrayEquals(Documents.pdf(Documents.POLICY), Documents.content(bid, policy).statusCode(200)
                .contentType(Documents.PDF).header("Content-Disposition", containsString("qualification.pdf"))
                .extract().asByteArray());
        assertNoLeak(Documents.content(bid, method).statusCode(409).extract().asString());

        Documents.open(bid, "technical").statusCode(200);
        Documents.content(bid, method).statusCode(200);
        Documents.open(bid, "financial").statusCode(409)
                .body("detail", containsString("scored"));
        assertNoLeak(Documents.content(bid, budget).statusCode(409).extract().asString());

        Commissioning.send(opportunity.opportunityId(), new TechnicalScoringCompleted(opportunity.opportunityId(),
                opportunity.ownerOrgId(), 1, clock.instant()));
        Documents.awaitTechnicalScoring(opportunity.opportunityId());
        Documents.open(bid, "financial").statusCode(200);
        assertArrayEquals(Documents.pdf(Documents.BUDGET), Documents.content(bid, budget).statusCode(200)
                .extract().asByteArray());

        Actors.auditor();
        Documents.content(bid, budget).statusCode(200);
        Documents.open(bid, "financial").statusCode(403);
        Actors.bidder(bidder);
        Documents.content(bid, budget).statusCode(200);
        Actors.commissioner("police");
        Documents.content(bid, budget).statusCode(404);
        Documents.open(bid, "qualification").statusCode(404);
        Actors.bidder("envelope-rival");
        Documents.content(bid, budget).statusCode(404);
        Actors.admin();
        given().get("/api/bids/" + bid + "/documents/" + budget + "/content").then().statusCode(403);
    }

    private static void assertNoLeak(String body) {
        assertThat(body, not(containsString("trained volunteers")));
        assertThat(body, not(containsString("31415.92")));
        assertThat(body, not(containsString("Safeguarding")));
    }
}
