package org.jointcommissioning.gateway;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Three requests per caller per hour, so that a test reaches the limit in a few calls and without waiting. */
public class SmallRateLimitProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gateway.rate-limit.requests", "3", "gateway.rate-limit.period", "PT1H");
    }
}
