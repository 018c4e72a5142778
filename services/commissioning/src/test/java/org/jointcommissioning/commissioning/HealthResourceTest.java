package org.jointcommissioning.commissioning;

import io.quarkus.test.junit.QuarkusTest;
import org.jointcommissioning.testing.health.ServiceHealthChecks;

/** Ready only with its database and Kafka, as every service. */
@QuarkusTest
class HealthResourceTest extends ServiceHealthChecks {
}
