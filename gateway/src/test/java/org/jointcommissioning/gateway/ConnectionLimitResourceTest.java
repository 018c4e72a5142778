package org.jointcommissioning.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.jointcommissioning.testing.connections.ConnectionLimitChecks;

/** A flood of connections is refused at the gateway's door, as at every service's. */
@QuarkusTest
@TestProfile(ConnectionLimitChecks.Limit.class)
@QuarkusTestResource(GatewayTestResources.class)
class ConnectionLimitResourceTest extends ConnectionLimitChecks {
}
