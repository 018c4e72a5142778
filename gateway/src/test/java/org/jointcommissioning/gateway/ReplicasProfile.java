package org.jointcommissioning.gateway;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * No periodic readiness check during the test (only the one at start and those a test asks for), so that a copy
 * a test closes is still believed ready when the next request comes.
 */
public class ReplicasProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gateway.upstream.readiness-interval", "PT1H");
    }
}
