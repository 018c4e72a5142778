package org.jointcommissioning.system;

import org.jointcommissioning.faults.FaultSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The fault suite's short mode (infra/faults --short) on the platform the story ran on, after the story (the classes
 * run in alphabetical order): services killed, the broker stopped, the databases taken away, duplicates and poison
 * events, racing awards; with -Dsystem-test.replicas=2 also one copy of each service killed while the other serves.
 * Skip it with -Dfaults=false; replay a run with -Dfaults.seed=N.
 */
@ExtendWith(PlatformLauncher.class)
class FaultSuiteTest {

    @Test
    void theShortFaultSuiteFindsNoViolation() throws Exception {
        assumeFalse(System.getProperty("faults", "true").equals("false"), "skipped with -Dfaults=false");
        List<String> args = new ArrayList<>(List.of("--short", "--replicas", String.valueOf(Platform.REPLICAS)));
        String seed = System.getProperty("faults.seed", "");
        if (!seed.isBlank()) {
            args.addAll(List.of("--seed", seed));
        }
        List<String> violations = FaultSuite.runAndReport(PlatformLauncher.root(),
                Map.of("PLATFORM_DB_PREFIX", PlatformLauncher.DB_PREFIX,
                        "PLATFORM_STANDSTILL_DEMO_LENGTH", PlatformLauncher.STANDSTILL.toString()),
                args.toArray(String[]::new));
        assertEquals(List.of(), violations, "the fault suite's violations (its table is in the output above)");
    }
}
