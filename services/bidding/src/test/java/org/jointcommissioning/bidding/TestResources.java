package org.jointcommissioning.bidding;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.jointcommissioning.testing.KafkaBrokerResource;
import org.jointcommissioning.testing.PostgresDatabaseResource;

/** Every test of this service runs against a real Kafka broker and a fresh PostgreSQL database. */
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "database", value = "bidding"))
public final class TestResources {

    private TestResources() {
    }
}
