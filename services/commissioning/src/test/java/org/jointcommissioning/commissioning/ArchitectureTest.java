package org.jointcommissioning.commissioning;

import org.jointcommissioning.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void keepsTheDomainFreeOfTheWebAndReachesIntoNoOtherService() {
        ArchitectureRules.assertLayeredService("commissioning");
        ArchitectureRules.assertOneShape("commissioning");
    }
}
