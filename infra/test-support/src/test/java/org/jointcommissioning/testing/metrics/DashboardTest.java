package org.jointcommissioning.testing.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Grafana dashboard that k8s/base/monitoring ships is a dashboard Grafana can load (a title, panels with PromQL
 * targets, the two rows) and reads only metric names the platform exports (metrics/exported-metrics.txt, which each
 * service's metrics test holds it to).
 */
class DashboardTest {

    private static final String DASHBOARD = "k8s/base/monitoring/dashboards/platform.json";
    private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "bool", "and", "or", "unless", "offset", "inf", "nan");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    @Test
    void isAGrafanaDashboardWithTheBoardsAndTheOperatorsRows() throws IOException {
        JsonNode dashboard = dashboard();
        assertFalse(dashboard.path("title").asText().isBlank(), "a title");
        assertFalse(dashboard.path("uid").asText().isBlank(), "a stable uid");
        assertTrue(dashboard.path("schemaVersion").isInt(), "a schema version");
        assertTrue(dashboard.path("panels").isArray() && dashboard.path("panels").size() > 0, "panels");

        List<String> rows = new ArrayList<>();
        Set<Integer> ids = new TreeSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            assertTrue(ids.add(panel.path("id").asInt()), "panel ids are unique: " + panel.path("id"));
            assertTrue(panel.path("gridPos").has("w") && panel.path("gridPos").has("h"), "a place on the grid");
            if (panel.path("type").asText().equals("row")) {
                rows.add(panel.path("title").asText());
                continue;
            }
            assertFalse(panel.path("title").asText().isBlank(), "every panel has a title");
            assertTrue(panel.path("targets").size() > 0, panel.path("title") + " has targets");
            for (JsonNode target : panel.path("targets")) {
                assertFalse(target.path("expr").asText().isBlank(), panel.path("title") + " has PromQL");
                assertFalse(target.path("refId").asText().isBlank(), panel.path("title") + " names its targets");
            }
        }
        assertEquals(List.of("The board's view", "The operators' view"), rows);
    }

    @Test
    void readsOnlyMetricsThePlatformExports() throws IOException {
        Set<String> exported = ExportedMetrics.all().keySet();
        Set<String> unknown = new TreeSet<>();
        for (JsonNode panel : dashboard().path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                for (String name : metricNames(target.path("expr").asText())) {
                    if (!exported.contains(name)) {
                        unknown.add(name + " (" + panel.path("title").asText() + ")");
                    }
                }
            }
        }
        assertEquals(Set.of(), unknown, "the dashboard reads metrics nothing exports");
    }

    @Test
    void findsTheMetricNamesInPromQl() {
        assertEquals(Set.of("http_server_requests_seconds_bucket"), metricNames(
                "histogram_quantile(0.99, sum by (application, le) (rate(http_server_requests_seconds_bucket"
                        + "{status=~\"5..\"}[5m])))"));
        assertEquals(Set.of("a_total", "b_total"), metricNames("sum(increase(a_total[$__range])) / on(x) b_total"));
    }

    /** The metric names in a PromQL expression: identifiers that are not functions, keywords, labels or strings. */
    static Set<String> metricNames(String promql) {
        String bare = promql
                .replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")   // strings
                .replaceAll("\\{[^}]*}", "")                       // label matchers
                .replaceAll("\\[[^]]*]", "")                       // ranges
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher matcher = IDENTIFIER.matcher(bare);
        while (matcher.find()) {
            String word = matcher.group();
            int next = matcher.end();
            while (next < bare.length() && Character.isWhitespace(bare.charAt(next))) {
                next++;
            }
            boolean function = next < bare.length() && bare.charAt(next) == '(';
            if (!function && !PROMQL_WORDS.contains(word.toLowerCase())) {
                names.add(word);
            }
        }
        return names;
    }

    private static JsonNode dashboard() throws IOException {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve(DASHBOARD);
            if (Files.exists(file)) {
                return new ObjectMapper().readTree(file.toFile());
            }
        }
        throw new IllegalStateException("No " + DASHBOARD + " above " + System.getProperty("user.dir"));
    }
}
