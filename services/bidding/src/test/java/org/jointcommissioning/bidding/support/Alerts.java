package org.jointcommissioning.bidding.support;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Saved searches, and what their organisations were told: in the notification list and in the mail server. */
public final class Alerts {

    private Alerts() {
    }

    /** A search for carers' work in the 'carers' theme, from £100,000, with a reserved lot. */
    public static Map<String, Object> carersSearch() {
        Map<String, Object> search = new HashMap<>();
        search.put("name", "Carers' work");
        search.put("keywords", "carers respite");
        search.put("themes", List.of("carers"));
        search.put("minValue", Map.of("amount", "100000.00", "currency", "GBP"));
        search.put("reservedLotsOnly", true);
        return search;
    }

    /** Saves the search for the calling bidder's organisation; answers its id. */
    public static String save(Map<String, Object> search) {
        return given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(search).post("/api/alerts").then().statusCode(201).extract().path("id");
    }

    /** The mails the server received for this address. */
    public static List<MimeMessage> mailsTo(GreenMail server, String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> isFor(m, address)).toList();
    }

    /** The mails queued for an organisation's notifications, sent or not. */
    public static long mailsQueuedFor(String orgId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("select count(*) from outgoing_mail m join notification n on n.id = m.notification_id"
                        + " where n.org_id = :org")
                .setParameter("org", orgId).getSingleResult()).longValue());
    }

    /** The contact address {@link Organisations#registerCharity} gives an organisation. */
    public static String contactOf(String orgId) {
        return "bids@org-" + orgId + ".org.uk";
    }

    /** The mail's text, its transfer encoding undone. */
    public static String textOf(MimeMessage message) {
        try (var in = message.getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
