package org.jointcommissioning.testing.metrics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;

/**
 * One reading of a service's Prometheus text ({@code /q/metrics}): series by metric name and labels, so that a test
 * can say that a counter moved ({@code after.value(name, labels) - before.value(name, labels)}).
 */
public final class Scrape {

    /** One line of the exposition: a name, its labels and a value. */
    public record Series(String name, Map<String, String> labels, double value) {
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final List<Series> series;

    private Scrape(List<Series> series) {
        this.series = series;
    }

    /** Reads {@code /q/metrics} of the application under test, through REST Assured. */
    public static Scrape now() {
        return parse(given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString());
    }

    /** Reads the metrics at {@code url} (a running service's {@code http://localhost:8081/q/metrics}). */
    public static Scrape of(String url) {
        try {
            // HTTP/1.1, as Prometheus scrapes: the JDK client's default asks to upgrade to HTTP/2 in clear text, and
            // a scrape once failed mid-upgrade, the metrics' text read as an HTTP/2 frame.
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "text/plain").timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return parse(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted reading " + url, e);
        }
    }

    /** Parses the Prometheus text format (version 0.0.4); comments and blank lines are skipped. */
    public static Scrape parse(String text) {
        List<Series> series = new ArrayList<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            series.add(line(trimmed));
        }
        return new Scrape(series);
    }

    private static Series line(String line) {
        int brace = line.indexOf('{');
        int space = line.indexOf(' ');
        Map<String, String> labels = new LinkedHashMap<>();
        String name;
        String rest;
        if (brace >= 0 && brace < space) {
            name = line.substring(0, brace);
            int end = labels(line, brace + 1, labels);
            rest = line.substring(end + 1).strip();
        } else {
            name = line.substring(0, space);
            rest = line.substring(space + 1).strip();
        }
        String value = rest.split(" ")[0];
        return new Series(name, labels, Double.parseDouble(value.replace("+Inf", "Infinity")));
    }

    /** Reads {@code a="x",b="y"} from {@code start}; answers the index of the closing brace. */
    private static int labels(String line, int start, Map<String, String> into) {
        int i = start;
        while (line.charAt(i) != '}') {
            int equals = line.indexOf('=', i);
            String key = line.substring(i, equals).strip();
            StringBuilder value = new StringBuilder();
            int j = equals + 2; // past ="
            while (line.charAt(j) != '"') {
                char c = line.charAt(j);
                if (c == '\\') {
                    j++;
                    char escaped = line.charAt(j);
                    value.append(escaped == 'n' ? '\n' : escaped);
                } else {
                    value.append(c);
                }
                j++;
            }
            into.put(key, value.toString());
            i = j + 1;
            if (line.charAt(i) == ',') {
                i++;
            }
        }
        return i;
    }

    /** The sum of the series named {@code name} whose labels include {@code labels} (name, value, name, value...). */
    public double value(String name, String... labels) {
        return series.stream().filter(s -> s.name().equals(name) && matches(s.labels(), labels))
                .mapToDouble(Series::value).sum();
    }

    /** Whether a series named {@code name} with {@code labels} is there (at any value). */
    public boolean has(String name, String... labels) {
        return series.stream().anyMatch(s -> s.name().equals(name) && matches(s.labels(), labels));
    }

    public List<Series> series(String name) {
        return series.stream().filter(s -> s.name().equals(name)).toList();
    }

    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        series.forEach(s -> names.add(s.name()));
        return names;
    }

    private static boolean matches(Map<String, String> actual, String... labels) {
        if (labels.length % 2 != 0) {
            throw new IllegalArgumentException("Labels come in pairs: name, value");
        }
        for (int i = 0; i < labels.length; i += 2) {
            if (!labels[i + 1].equals(actual.get(labels[i]))) {
                return false;
            }
        }
        return true;
    }
}
