package org.jointcommissioning.bidding;

import io.quarkus.test.junit.QuarkusTest;
import org.jointcommissioning.bidding.support.Actors;
import org.jointcommissioning.bidding.support.Bids;
import org.jointcommissioning.bidding.support.Documents;
import org.jointcommissioning.bidding.support.Opportunities;
import org.jointcommissioning.bidding.support.Organisations;
import org.jointcommissioning.contracts.events.OpportunityPublished;
import org.jointcommissioning.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** A bidder adds, replaces and withdraws its bid's documents before the deadline, each checked and receipted. */
@QuarkusTest
class BidDocumentResourceTest {

    MutableClock clock;
    OpportunityPublished opportunity;
    String bidder;
    String bid;

    @BeforeEach
    void aSubmittedBid() {
        clock = MutableClock.install();
        opportunity = Opportunities.publish("nhs-trust", clock.tomorrow());
        bidder = "doc-bidder-" + System.nanoTime();
        Organisations.registerCharity(bidder);
        bid = Bids.submitted(opportunity, Opportunities.OPEN_LOT);
    }

    @Test
    void anUploadAnswersItsSha256ReceiptAndIsListedWithoutItsContent() throws Exception {
        byte[] file = Documents.pdf(Documents.METHOD_STATEMENT);
        String receipt = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));

        String id = Documents.upload(bid, "technical", "method statement.pdf", Documents.PDF, file).statusCode(201)
                .header("Location", containsString("/api/bids/" + bid + "/documents/"))
                .body("sha256", equalTo(receipt)).body("size", equalTo(file.length))
                .body("envelope", equalTo("technical")).body("contentType", equalTo(Documents.PDF))
                .extract().path("id");
        Documents.uploaded(bid, "qualification", Documents.POLICY);

        String list = given().get("/api/bids/" + bid + "/documents").then().statusCode(200)
                .body("total", equalTo(2)).body("items.envelope", contains("qualification", "technical"))
                .body("items[1].id", equalTo(id)).body("items[1].sha256", equalTo(receipt))
                .extract().asString();
        org.hamcrest.MatcherAssert.assertThat(list, not(containsString("trained volunteers")));
    }

    @Test
    void theDeclaredTypeMustMatchTheContentAndBeOneThePlatformTakes() {
        Documents.upload(bid, "financial", "budget.xlsx", Documents.XLSX, Documents.pdf(Documents.BUDGET))
                .statusCode(400).body("errors[0].field", equalTo("Content-Type"));
        Documents.upload(bid, "financial", "budget.pdf", Documents.PDF, Documents.xlsx(Documents.BUDGET))
                .statusCode(400);
        Documents.upload(bid, "financial", "run.exe", "application/octet-stream", new byte[] {'M', 'Z', 1, 2})
                .statusCode(415).body("status", equalTo(415));
        Documents.upload(bid, "financial", "notes.txt", "text/plain; charset=utf-8", new byte[] {'a', 0, 'b'})
                .statusCode(400);
        Documents.upload(bid, "financial", "budget.xlsx", Documents.XLSX, Documents.xlsx(Documents.BUDGET))
                .statusCode(201);
        Documents.upload(bid, "financial", "notes.csv", "text/csv; charset=utf-8",
                "line,amount\nrent,100\n".getBytes(StandardCharsets.UTF_8)).statusCode(201);
    }

    @Test
    void aFileNameAndAKnownEnvelopeAreRequired() {
        byte[] file = Documents.pdf(Documents.POLICY);
        Documents.upload(bid, "envelope-b", "p.pdf", Documents.PDF, file).statusCode(400)
                .body("errors[0].field", equalTo("envelope"));
        Documents.upload(bid, "qualification", "../p.pdf", Documents.PDF, file).statusCode(400)
                .body("errors[0].field", equalTo("filename"));
        Documents.upload(bid, "qualification", "p.pdf", Documents.PDF, new byte[0]).statusCode(400);
    }

    @Test
    void aDocumentOverTheLimitIsA413Problem() {
        byte[] large = new byte[64 * 1024 + 1];
        byte[] head = Documents.pdf("large");
        System.arraycopy(head, 0, large, 0, head.length);
        Documents.upload(bid, "technical", "large.pdf", Documents.PDF, large).statusCode(413)
                .contentType(containsString("application/problem+json")).body("status", equalTo(413));
    }

    @Test
    void beforeTheDeadlineTheBidderReplacesAndWithdrawsAfterItNothingChanges() {
        String id = Documents.uploaded(bid, "technical", Documents.METHOD_STATEMENT);
        byte[] second = Documents.pdf("A better method statement");
        given().contentType(Documents.PDF).queryParam("filename", "method v2.pdf").body(second)
                .put("/api/bids/" + bid + "/documents/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("filename", equalTo("method v2.pdf"));
        String withdrawn = Documents.uploaded(bid, "qualification", Documents.POLICY);
        given().post("/api/bids/" + bid + "/documents/" + withdrawn + "/withdraw").then().statusCode(200);
        given().get("/api/bids/" + bid + "/documents").then().body("total", equalTo(1));
        given().post("/api/bids/" + bid + "/documents/" + withdrawn + "/withdraw").then().statusCode(404);

        clock.advance(Duration.ofDays(2));
        Documents.upload(bid, "technical", "late.pdf", Documents.PDF, Documents.pdf("late")).statusCode(409);
        given().contentType(Documents.PDF).queryParam("filename", "late.pdf").body(Documents.pdf("late"))
                .put("/api/bids/" + bid + "/documents/" + id).then().statusCode(409);
        given().post("/api/bids/" + bid + "/documents/" + id + "/withdraw").then().statusCode(409);
    }

    @Test
    void anotherOrganisationCanNeitherAddToNorListTheBidsDocuments() {
        String id = Documents.uploaded(bid, "technical", Documents.METHOD_STATEMENT);
        Actors.bidder("doc-rival");
        Documents.upload(bid, "technical", "x.pdf", Documents.PDF, Documents.pdf("x")).statusCode(404);
        given().get("/api/bids/" + bid + "/documents").then().statusCode(404);
        given().post("/api/bids/" + bid + "/documents/" + id + "/withdraw").then().statusCode(404);
        Actors.commissioner("nhs-trust");
        given().get("/api/bids/" + bid + "/documents").then().statusCode(404);
        given().get("/api/bids/" + bid + "/envelopes").then().statusCode(404);
    }
}
