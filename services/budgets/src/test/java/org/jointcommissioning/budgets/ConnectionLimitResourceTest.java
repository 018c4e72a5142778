package org.jointcommissioning.budgets;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.jointcommissioning.testing.connections.ConnectionLimitChecks;

/** A flood of connections is refused at the door, as in every service. */
@QuarkusTest
@TestProfile(ConnectionLimitChecks.Limit.class)
class ConnectionLimitResourceTest extends ConnectionLimitChecks {
}
