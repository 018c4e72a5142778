package org.jointcommissioning.budgets;

import io.quarkus.test.junit.QuarkusTest;
import org.jointcommissioning.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** The running service serves exactly the committed contracts/openapi/budgets.yaml. */
@QuarkusTest
class OpenApiContractResourceTest {

    @Test
    void theServedDocumentMatchesTheContract() {
        OpenApiContract.assertServedDocumentMatches("budgets");
    }
}
