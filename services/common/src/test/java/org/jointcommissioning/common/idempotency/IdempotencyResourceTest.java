package org.jointcommissioning.common.idempotency;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jointcommissioning.common.app.Notes;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class IdempotencyResourceTest {

    @Inject
    EntityManager em;

    @Test
    void aRetryWithTheSameKeyAndBodyAnswersTheFirstResponseAndWritesOnce() {
        String key = UUID.randomUUID().toString();
        String first = create(key, "idempotent-note").statusCode(201).extract().path("id");

        create(key, "idempotent-note").statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", org.hamcrest.Matchers.endsWith("/api/notes/" + first))
                .body("id", equalTo(first));

        assertEquals(1L, Notes.count(em, "select count(*) from note where text = 'idempotent-note'"));
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflict() {
        String key = UUID.randomUUID().toString();
        create(key, "first body").statusCode(201);

        create(key, "second body").statusCode(409).contentType("application/problem+json");
    }

    @Test
    void theKeyIsRequired() {
        given().contentType(ContentType.JSON).body("{\"text\": \"no key\"}").post("/api/notes")
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    private static io.restassured.response.ValidatableResponse create(String key, String text) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"text\": \"" + text + "\"}").post("/api/notes").then();
    }
}
