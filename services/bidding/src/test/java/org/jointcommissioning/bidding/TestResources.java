package org.jointcommissioning.bidding;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.jointcommissioning.bidding.support.MailServer;
import org.jointcommissioning.testing.KafkaBrokerResource;
import org.jointcommissioning.testing.PostgresDatabaseResource;

/** Every test of this service runs against a real Kafka broker, a fresh PostgreSQL database and an SMTP server. */
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(MailServer.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "database", value = "bidding"))
public final class TestResources {

    private TestResources() {
    }
}
