package org.jointcommissioning.outcomes.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.jointcommissioning.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** The served API matches contracts/openapi/outcomes.yaml, so that a change to either is deliberate. */
@QuarkusTest
class OpenApiContractResourceTest {

    @Test
    void theServedDocumentIsTheCommittedContract() {
        OpenApiContract.assertServedDocumentMatches("outcomes");
    }
}
