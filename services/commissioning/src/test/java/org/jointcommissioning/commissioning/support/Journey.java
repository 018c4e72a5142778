package org.jointcommissioning.commissioning.support;

import io.restassured.http.ContentType;
import org.jointcommissioning.commissioning.domain.OpenedBid;
import org.jointcommissioning.contracts.events.BidOpened;
import org.jointcommissioning.contracts.events.FundsReserved;
import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.testing.KafkaEvents;
import org.jointcommissioning.testing.ReceivedEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** The steps of an opportunity's life through the API and the broker, as the test's caller. */
public final class Journey {

    public static final Duration WAIT = Duration.ofSeconds(30);
    /** The fund that {@link #draftBody} names: open the county council's membership of it before creating a draft. */
    public static final String FUND = "better-care-fund";

    private Journey() {
    }

    /** A framework without a standstill: its awards become active as soon as the fund reserves the money. */
    public static Map<String, Object> frameworkBody(boolean reservedLotsAllowed, List<Map<String, Object>> criteria) {
        return frameworkBody(reservedLotsAllowed, criteria, 0);
    }

    public static Map<String, Object> frameworkBody(boolean reservedLotsAllowed, List<Map<String, Object>> criteria,
                                                    int standstillWorkingDays) {
        return Map.of("name", "Community wellbeing framework", "description", "Services for people and places",
                "principles", List.of("Outcomes first", "Equal terms for the voluntary sector"),
                "themes", List.of("health-and-wellbeing", "safer-communities"),
                "criteria", criteria, "reservedLotsAllowed", reservedLotsAllowed,
                "proportionateThreshold", Map.of("amount", "25000.00", "currency", "GBP"),
                "standstillWorkingDays", standstillWorkingDays);
    }

    public static List<Map<String, Object>> criteria(int price, int quality, int social) {
        return List.of(criterion("price", "price", price), criterion("quality", "quality", quality),
                criterion("social", "social-value", social));
    }

    public static String createFramework(boolean reservedLotsAllowed) {
        return given().contentType(ContentType.JSON).body(frameworkBody(reservedLotsAllowed, criteria(40, 40, 20)))
                .post("/api/frameworks").then().statusCode(201).extract().path("id");
    }

    /** A draft with one lot of £100,000 whose deadlines are a day and two days after {@code now}. */
    public static Map<String, Object> draftBody(String frameworkId, Instant now, boolean reservedLot) {
        return Map.of("title", "Carers support service", "description", "Support for unpaid carers",
                "frameworkId", frameworkId, "route", "open", "fundId", FUND,
                "lots", List.of(Map.of("id", "lot-1", "title", "Countywide",
                        "estimatedValue", Map.of("amount", "100000.00", "currency", "GBP"),
                        "reservedForVoluntarySector", reservedLot)),
                "indicators", List.of(Map.of("code", "NI135", "expectedImprovement", new java.math.BigDecimal("2.5"))),
                "clarificationDeadline", now.plus(Duration.ofDays(1)).toString(),
                "submissionDeadline", now.plus(Duration.ofDays(2)).toString());
    }

    public static String createDraft(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/opportunities")
                .then().statusCode(201).extract().path("id");
    }

    public static void publish(String opportunityId) {
        given().post("/api/opportunities/" + opportunityId + "/publish").then().statusCode(200);
    }

    /** The bidding service opens a bid at the deadline; waits until it is kept for evaluation. */
    public static void openBid(String opportunityId, String bidId, String organisationId, String price) {
        openBid(opportunityId, bidId, organisationId, "charity", "1234567", null, price);
    }

    /** As {@link #openBid(String, String, String, String)}, by an organisation of this legal form and numbers. */
    public static void openBid(String opportunityId, String bidId, String organisationId, String legalForm,
                               String charityNumber, String companyNumber, String price) {
        KafkaEvents.send(bidId, new BidOpened(bidId, opportunityId, "lot-1", organisationId,
                "Name of " + organisationId, legalForm, "small", charityNumber, companyNumber, List.of("Dover"),
                Money.gbp(price),
                List.of(new BidOpened.Answer("quality", "Our approach")), List.of(), List.of(),
                List.of(new BidOpened.ConsortiumMember("Name of " + organisationId, "lead", charityNumber,
                        companyNumber)),
                Instant.now(), Instant.now()));
        await().atMost(WAIT).until(() -> Fixtures.read(() -> Db.find(OpenedBid.class, bidId) != null));
    }

    public static void score(String opportunityId, String bidId, int quality, int social, String comment) {
        given().contentType(ContentType.JSON)
                .body(Map.of("scores", Map.of("quality", quality, "social", social), "comment", comment))
                .put("/api/opportunities/" + opportunityId + "/evaluations/" + bidId).then().statusCode(200);
    }

    public static String award(String opportunityId, String bidId, String amount) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("lotId", "lot-1", "bidId", bidId, "amount", Map.of("amount", amount, "currency", "GBP")))
                .post("/api/opportunities/" + opportunityId + "/awards")
                .then().statusCode(202).extract().path("id");
    }

    /** The fund reserves the money, as an event with the given id (the same id twice is a redelivery). */
    public static void fundsReserved(String eventId, String awardId, String fundId, String amount) {
        KafkaEvents.send(eventId, fundId, new FundsReserved(awardId, fundId, "reservation-" + awardId,
                Money.gbp(amount), Instant.now()));
    }

    /** Waits for one event of the type with the key, and checks it against its contract. */
    public static ReceivedEvent event(String topic, Class<? extends Record> type, String key) {
        return KafkaEvents.await(topic, KafkaEvents.ofType(type, key), 1, WAIT).get(0).assertValid();
    }

    public static String awardStatus(String opportunityId, String awardId) {
        return given().get("/api/opportunities/" + opportunityId + "/awards")
                .then().statusCode(200).extract().path("items.find { it.id == '" + awardId + "' }.status");
    }

    private static Map<String, Object> criterion(String id, String kind, int weight) {
        return Map.of("id", id, "name", "Criterion " + id, "kind", kind, "weight", weight);
    }
}
