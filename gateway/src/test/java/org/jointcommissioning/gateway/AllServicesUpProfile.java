package org.jointcommissioning.gateway;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The "offline" route points at a service that answers, so that every service behind the gateway is ready. */
public class AllServicesUpProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gateway.services.offline.url", "${gateway.services.budgets.url}");
    }
}
