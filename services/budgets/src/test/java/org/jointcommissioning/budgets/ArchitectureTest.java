package org.jointcommissioning.budgets;

import org.jointcommissioning.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void keepsTheDomainFreeOfTheWebAndReachesIntoNoOtherService() {
        ArchitectureRules.assertLayeredService("budgets");
        ArchitectureRules.assertOneShape("budgets");
    }
}
