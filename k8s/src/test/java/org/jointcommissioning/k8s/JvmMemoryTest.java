package org.jointcommissioning.k8s;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every JVM's heap leaves room within its container's memory limit for the rest of the JVM. */
class JvmMemoryTest {

    /** Measured with native memory tracking: a service's JVM holds about 240 MB besides its heap. */
    static final long NON_HEAP_MIB = 256;

    private static final Pattern HEAP_SHARE = Pattern.compile("-XX:MaxRAMPercentage=(\\d+)");

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void everyJvmLeavesRoomBesideItsHeapWithinItsMemoryLimit(String overlay) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode deployment : ManifestsTest.ofKind(Manifests.of(overlay), "Deployment")) {
            for (JsonNode container : deployment.path("spec").path("template").path("spec").path("containers")) {
                Matcher share = HEAP_SHARE.matcher(javaOptions(container));
                if (!share.find()) {
                    continue;
                }
                long limit = mebibytes(container.path("resources").path("limits").path("memory").asText());
                long heap = limit * Long.parseLong(share.group(1)) / 100;
                if (limit - heap < NON_HEAP_MIB) {
                    problems.add(Manifests.describe(deployment) + ": heap " + heap + " Mi of a " + limit
                            + " Mi limit leaves less than " + NON_HEAP_MIB + " Mi for the rest of the JVM");
                }
            }
        }
        assertTrue(problems.isEmpty(), overlay + ": JVMs that would pass their memory limit:\n  - "
                + String.join("\n  - ", problems));
    }

    private static String javaOptions(JsonNode container) {
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals("JAVA_OPTS_APPEND")) {
                return variable.path("value").asText();
            }
        }
        return "";
    }

    private static long mebibytes(String quantity) {
        if (quantity.endsWith("Gi")) {
            return Long.parseLong(quantity.substring(0, quantity.length() - 2)) * 1024;
        }
        assertTrue(quantity.endsWith("Mi"), "a memory limit in Mi or Gi: " + quantity);
        return Long.parseLong(quantity.substring(0, quantity.length() - 2));
    }
}
