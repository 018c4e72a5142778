package org.jointcommissioning.bidding;

import io.quarkus.test.junit.QuarkusTest;
import org.jointcommissioning.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** The served API document is the committed contract: any drift fails the build. */
@QuarkusTest
class OpenApiContractResourceTest {

    @Test
    void theServedDocumentMatchesContractsOpenapiBiddingYaml() {
        OpenApiContract.assertServedDocumentMatches("bidding");
    }
}
