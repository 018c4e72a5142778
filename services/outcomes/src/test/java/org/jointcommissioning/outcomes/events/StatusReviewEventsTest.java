package org.jointcommissioning.outcomes.events;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jointcommissioning.contracts.events.IndicatorStatusChanged;
import org.jointcommissioning.contracts.events.Topics;
import org.jointcommissioning.outcomes.Fixtures;
import org.jointcommissioning.outcomes.service.StatusReview;
import org.jointcommissioning.testing.KafkaEvents;
import org.jointcommissioning.testing.ReceivedEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A stored status that the current rule no longer gives (say, after the amber band changed) is corrected and announced. */
@QuarkusTest
@TestSecurity(user = "ann", roles = "auditor")
@OidcSecurity(claims = @Claim(key = "org_id", value = "partnership"))
class StatusReviewEventsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    StatusReview review;

    @Inject
    EntityManager em;

    @Test
    void aStaleStatusIsRecomputedAndItsChangeEmitted() {
        String code = fixtures.indicator("nhs-trust");
        fixtures.measure(code, "2026-27", "150"); // on the path: green
        pretendStored(code, "red");

        review.reviewOne(code);

        given().get("/api/indicators/" + code).then().body("status", equalTo("green"));
        List<ReceivedEvent> events = KafkaEvents.await(Topics.OUTCOMES_INDICATORS,
                KafkaEvents.ofType(IndicatorStatusChanged.class, code), 2, Duration.ofSeconds(30));
        events.forEach(ReceivedEvent::assertValid);
        assertEquals("red>green", events.get(1).json().get("previousStatus").asText() + ">"
                + events.get(1).json().get("status").asText());
    }

    @Transactional
    void pretendStored(String code, String status) {
        em.createNativeQuery("update indicator set status = :status where code = :code")
                .setParameter("status", status).setParameter("code", code).executeUpdate();
    }
}
