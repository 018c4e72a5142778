package org.jointcommissioning.system;

import org.jointcommissioning.testing.metrics.Scrape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the platform under test listens and how many copies of each service it runs: the same environment
 * variables, defaults and port rule as {@code infra/platform} (copy k of a service on its port plus
 * {@code REPLICA_PORT_STEP * (k - 1)}), so that a run with shifted ports finds every component.
 */
final class Platform {

    /** Copies of each service, from {@code -Dsystem-test.replicas=N} (passed to {@code infra/platform up --replicas N}). */
    static final int REPLICAS = Integer.getInteger("system-test.replicas", 1);

    static final List<String> SERVICES = List.of("commissioning", "bidding", "budgets", "outcomes");

    private static final Map<String, Integer> DEFAULT_PORTS = Map.of("gateway", 8080, "commissioning", 8081,
            "bidding", 8082, "budgets", 8083, "outcomes", 8084, "keycloak", 8180, "gateway_management", 9080,
            "kafka", 9092);

    private Platform() {
    }

    /** A component's port: {@code GATEWAY_PORT}, {@code BUDGETS_PORT} ... when set, else the launcher's default. */
    static int port(String component) {
        String value = System.getenv(component.toUpperCase() + "_PORT");
        return value == null || value.isBlank() ? DEFAULT_PORTS.get(component) : Integer.parseInt(value.strip());
    }

    static String url(String component) {
        return "http://localhost:" + port(component);
    }

    /** The copies of a service as the launcher names them: {@code budgets}, {@code budgets-2} ... */
    static List<String> copies(String service) {
        List<String> copies = new ArrayList<>();
        copies.add(service);
        for (int k = 2; k <= REPLICAS; k++) {
            copies.add(service + "-" + k);
        }
        return copies;
    }

    /** Every application process: the gateway and each copy of each service. */
    static List<String> applications() {
        return Stream.concat(Stream.of("gateway"), SERVICES.stream().flatMap(s -> copies(s).stream())).toList();
    }

    /** The address of one copy of a service. */
    static String copyUrl(String copy) {
        int dash = copy.lastIndexOf('-');
        if (dash < 0) {
            return url(copy);
        }
        int k = Integer.parseInt(copy.substring(dash + 1));
        return "http://localhost:" + (port(copy.substring(0, dash)) + step() * (k - 1));
    }

    /** One reading of each copy's metrics, as Prometheus scrapes them. */
    static List<Scrape> scrapes(String service) {
        return copies(service).stream().map(copy -> Scrape.of(copyUrl(copy) + "/q/metrics")).toList();
    }

    /** A counter's total over every copy of a service: each copy counts only what it did itself. */
    static double total(String service, String name, String... labels) {
        return scrapes(service).stream().mapToDouble(scrape -> scrape.value(name, labels)).sum();
    }

    static String kafkaBootstrap() {
        return "127.0.0.1:" + port("kafka");
    }

    private static int step() {
        String value = System.getenv("REPLICA_PORT_STEP");
        return value == null || value.isBlank() ? 100 : Integer.parseInt(value.strip());
    }
}
