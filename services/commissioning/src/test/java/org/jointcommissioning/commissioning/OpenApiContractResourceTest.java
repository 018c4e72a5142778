package org.jointcommissioning.commissioning;

import io.quarkus.test.junit.QuarkusTest;
import org.jointcommissioning.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiContractResourceTest {

    @Test
    void theServedDocumentMatchesTheCommittedContract() {
        OpenApiContract.assertServedDocumentMatches("commissioning");
    }
}
