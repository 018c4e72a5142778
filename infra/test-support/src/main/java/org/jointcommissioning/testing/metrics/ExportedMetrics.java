package org.jointcommissioning.testing.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The metric names the platform promises (dashboards and alerts may read them), and who exports each, from
 * {@code metrics/exported-metrics.txt}. Each service's metrics test holds the service to its share of the list, and
 * the dashboard test holds the dashboard to the list, so a dashboard never reads a name that nothing exports.
 */
public final class ExportedMetrics {

    /** Every one of the four services. */
    public static final String SERVICES = "services";

    private ExportedMetrics() {
    }

    /** Each listed name, with the exporters it is listed for (a service's name, {@code services} or {@code gateway}). */
    public static Map<String, Set<String>> all() {
        try (InputStream in = ExportedMetrics.class.getResourceAsStream("/metrics/exported-metrics.txt")) {
            if (in == null) {
                throw new IllegalStateException("metrics/exported-metrics.txt is missing");
            }
            Map<String, Set<String>> names = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] words = trimmed.split("\\s+");
                names.put(words[0], new TreeSet<>(Arrays.asList(words).subList(1, words.length)));
            }
            return names;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names listed for {@code service} (its own and those of every service). */
    public static Set<String> of(String service) {
        Set<String> names = new TreeSet<>();
        all().forEach((name, exporters) -> {
            if (exporters.contains(service) || exporters.contains(SERVICES) && !"gateway".equals(service)) {
                names.add(name);
            }
        });
        return names;
    }

    /** Fails naming every name listed for {@code service} that {@code scrape} does not show. */
    public static void assertExported(String service, Scrape scrape) {
        Set<String> missing = new TreeSet<>(of(service));
        missing.removeAll(scrape.names());
        assertEquals(List.of(), List.copyOf(missing), service + " does not export these listed metrics");
    }
}
