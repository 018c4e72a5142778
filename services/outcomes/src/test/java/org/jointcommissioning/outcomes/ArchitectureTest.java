package org.jointcommissioning.outcomes;

import org.jointcommissioning.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void keepsTheDomainFreeOfTheWebAndReachesIntoNoOtherService() {
        ArchitectureRules.assertLayeredService("outcomes");
        ArchitectureRules.assertOneShape("outcomes");
    }
}
