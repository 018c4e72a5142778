package org.jointcommissioning.common;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.jointcommissioning.common.outbox.KafkaThroughProxyResource;
import org.jointcommissioning.testing.PostgresDatabaseResource;

/**
 * The toolkit's tests run against a real PostgreSQL database and a real Kafka broker, reached through a
 * proxy that a test can cut to play a Kafka outage.
 */
@QuarkusTestResource(KafkaThroughProxyResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "database", value = "toolkit"))
public final class TestResources {

    private TestResources() {
    }
}
