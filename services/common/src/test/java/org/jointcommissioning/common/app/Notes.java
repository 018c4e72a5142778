package org.jointcommissioning.common.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Test data and look-ups for the toolkit's tests. */
public final class Notes {

    private Notes() {
    }

    /** Creates a note through the API and answers its id. */
    public static String create(String text) {
        return given().contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"text\": \"" + text + "\"}")
                .post("/api/notes")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** The texts the consumer applied, in the order it applied them. */
    @SuppressWarnings("unchecked")
    public static List<String> applied(EntityManager em, String prefix) {
        return QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select text from applied_note where text like :prefix order by position")
                .setParameter("prefix", prefix + "%").getResultList());
    }

    /** A count over the test database, read in a transaction of its own. */
    public static long count(EntityManager em, String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
