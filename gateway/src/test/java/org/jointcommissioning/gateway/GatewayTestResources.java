package org.jointcommissioning.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts what stands around the gateway, on free ports: Keycloak's discovery document and keys, the four
 * services, one more route ("offline") to an address where nothing listens, and services with two copies each:
 * "twins" (both ready), "mixed" (one copy not ready) and "retry-get", "retry-post", "retry-keyed" (both ready, for
 * tests that close a copy). A copy answers with its service's name and its index, such as "twins-1".
 */
public class GatewayTestResources implements QuarkusTestResourceLifecycleManager {

    private static final String[] SERVICES = {"commissioning", "bidding", "budgets", "outcomes"};

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        FakeKeycloak keycloak = new FakeKeycloak(vertx);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.oidc.auth-server-url", keycloak.issuer());
        config.put("test.issuer", keycloak.issuer());
        config.put("test.signing-key", Base64.getEncoder().encodeToString(keycloak.keys.getPrivate().getEncoded()));
        for (String service : SERVICES) {
            config.put("gateway.services." + service + ".url", new FakeService(vertx, service).url());
        }
        config.put("gateway.services.offline.url", "http://127.0.0.1:" + closedPort());
        config.put("gateway.services.offline.prefixes", "/api/offline-things");
        twoCopies(config, "twins", true);
        twoCopies(config, "mixed", false);
        for (String retried : new String[] {"retry-get", "retry-post", "retry-keyed"}) {
            twoCopies(config, retried, true);
        }
        return config;
    }

    /** Two copies of a service under /api/NAME; the second is not ready unless {@code bothReady}. */
    private void twoCopies(Map<String, String> config, String name, boolean bothReady) {
        String first = new FakeService(vertx, name + "-0").url();
        String second = new FakeService(vertx, name + "-1", bothReady).url();
        config.put("gateway.services." + name + ".url", first + "," + second);
        config.put("gateway.services." + name + ".prefixes", "/api/" + name);
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
