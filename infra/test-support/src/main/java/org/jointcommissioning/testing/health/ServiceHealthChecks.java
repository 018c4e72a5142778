package org.jointcommissioning.testing.health;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/**
 * What every service's readiness says: up, with its database and Kafka checked. A service's
 * {@code @QuarkusTest class HealthResourceTest extends ServiceHealthChecks} runs it against the started service.
 */
public abstract class ServiceHealthChecks {

    @Test
    void isReadyWithItsDatabaseAndKafka() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }
}
