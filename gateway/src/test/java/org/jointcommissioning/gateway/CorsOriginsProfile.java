package org.jointcommissioning.gateway;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** One browser origin allowed, as an operator would configure with CORS_ORIGINS. */
public class CorsOriginsProfile implements QuarkusTestProfile {

    static final String ORIGIN = "https://app.example.org";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.cors.origins", ORIGIN);
    }
}
