package org.jointcommissioning.bidding;

import org.jointcommissioning.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void keepsTheDomainFreeOfTheWebAndReachesIntoNoOtherService() {
        ArchitectureRules.assertLayeredService("bidding");
        ArchitectureRules.assertOneShape("bidding");
    }
}
