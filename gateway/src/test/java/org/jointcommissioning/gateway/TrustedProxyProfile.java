package org.jointcommissioning.gateway;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The tests' own address is a trusted proxy, as an ingress in front of the gateway would be; the limit of six
 * requests per hour is shared by two gateway replicas, so this one allows three.
 */
public class TrustedProxyProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "gateway.trusted-proxies", "127.0.0.0/8,::1",
                "gateway.rate-limit.requests", "6",
                "gateway.rate-limit.replicas", "2",
                "gateway.rate-limit.period", "PT1H");
    }
}
