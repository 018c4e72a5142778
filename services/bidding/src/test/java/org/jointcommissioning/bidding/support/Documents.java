package org.jointcommissioning.bidding.support;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.ValidatableResponse;
import jakarta.persistence.EntityManager;
import org.jointcommissioning.bidding.repository.OpportunityRepository;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Bid documents for tests: files whose words are distinctive, so that a leak is easy to spot, and the calls. */
public final class Documents {

    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String METHOD_STATEMENT = "Our method: trained volunteers visit every carer in Charnwood weekly";
    public static final String BUDGET = "Budget line: coordinator salary 31415.92 a year";
    public static final String POLICY = "Safeguarding policy of the carers network, reviewed each spring";

    private Documents() {
    }

    /** A small PDF-signed file carrying the text. */
    public static byte[] pdf(String text) {
        return ("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A file with a spreadsheet's ZIP signature and entry names, carrying the text. */
    public static byte[] xlsx(String text) {
        byte[] head = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        String rest = "xl/worksheets/sheet1.xml " + text;
        byte[] body = rest.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    public static ValidatableResponse upload(String bidId, String envelope, String filename, String type, byte[] body) {
        return given().contentType(type).header("Idempotency-Key", UUID.randomUUID().toString())
                .queryParam("envelope", envelope).queryParam("filename", filename).body(body)
                .post("/api/bids/" + bidId + "/documents").then();
    }

    /** Uploads a PDF as the current caller and answers its id. */
    public static String uploaded(String bidId, String envelope, String text) {
        return upload(bidId, envelope, envelope + ".pdf", PDF, pdf(text)).statusCode(201).extract().path("id");
    }

    public static ValidatableResponse content(String bidId, String documentId) {
        return given().accept("*/*").get("/api/bids/" + bidId + "/documents/" + documentId + "/content").then();
    }

    public static ValidatableResponse open(String bidId, String envelope) {
        return given().post("/api/bids/" + bidId + "/envelopes/" + envelope + "/open").then();
    }

    /** Waits until this service has heard that the opportunity's technical scoring is complete. */
    public static void awaitTechnicalScoring(String opportunityId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                Arc.container().instance(OpportunityRepository.class).get().findByIdOptional(opportunityId)
                        .map(o -> o.technicalScoringCompletedAt() != null).orElse(false)));
    }

    /** Reads a row's column straight from the database, as someone with a copy of it would. */
    public static Object column(String sql, String id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = Arc.container().instance(EntityManager.class).get().createNativeQuery(sql)
                    .setParameter("id", id).getResultList();
            return rows.isEmpty() ? null : rows.get(0);
        });
    }
}
