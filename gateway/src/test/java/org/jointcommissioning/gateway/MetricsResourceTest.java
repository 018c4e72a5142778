package org.jointcommissioning.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Metrics for operators on the management interface, with a bounded set of uri tags whatever paths callers send. */
@QuarkusTest
@QuarkusTestResource(GatewayTestResources.class)
class MetricsResourceTest {

    private static final Pattern URI_TAG = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"");

    // Resolved under the management root path, /q.
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void servesPrometheusTextOnTheManagementInterfaceOnly() {
        given().accept("text/plain").get(metrics).then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("application=\"gateway\""));
        assertNotEquals(200, given().accept("text/plain").get("/q/metrics").statusCode());
    }

    @Test
    void tagsRequestsByTheServicePrefixNeverByTheRawPath() {
        String random = UUID.randomUUID().toString();
        given().get("/api/opportunities/" + random);
        given().get("/api/funds/" + random + "/statement");
        given().get("/api/nobody-owns-this/" + random);
        given().get("/somewhere-else/" + random);
        given().get("/api/opportunities/" + random + "/%2e%2e/x");

        Set<String> uris = uriTags();
        assertTrue(uris.contains("/api/opportunities/**"), uris.toString());
        assertTrue(uris.contains("/api/funds/**"), uris.toString());
        assertTrue(uris.stream().noneMatch(uri -> uri.contains(random)), uris.toString());
        Set<String> allowed = new TreeSet<>(expectedTags());
        allowed.addAll(List.of("/api/other", "/api-docs/**", "/other", "root", "NOT_FOUND", "UNKNOWN", "REDIRECTION"));
        assertTrue(allowed.containsAll(uris), "unexpected uri tags " + uris);
        assertTrue(given().accept("text/plain").get(metrics).asString()
                .contains("http_server_requests_seconds_bucket{"), "latency buckets for percentiles");
    }

    @Test
    void everyPrefixOfTheRouteTableHasItsOwnTag() {
        for (String prefix : prefixes()) {
            given().get(prefix + "/" + UUID.randomUUID());
        }
        Set<String> uris = uriTags();
        for (String tag : expectedTags()) {
            assertTrue(uris.contains(tag), tag + " is missing from " + uris
                    + ": add the prefix to quarkus.micrometer.binder.http-server.match-patterns");
        }
    }

    private static final List<String> DEPLOYED = List.of("commissioning", "bidding", "budgets", "outcomes");

    private static List<String> prefixes() {
        var config = ConfigProvider.getConfig();
        return StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                // The deployed services only: the test resources add stand-ins of their own (offline, twins, ...).
                .filter(name -> DEPLOYED.stream().anyMatch(service -> name.equals("gateway.services." + service + ".prefixes")))
                .flatMap(name -> Arrays.stream(config.getValue(name, String.class).split(",")))
                .map(String::strip).sorted().toList();
    }

    private static List<String> expectedTags() {
        return prefixes().stream().map(prefix -> prefix + "/**").toList();
    }

    private Set<String> uriTags() {
        String text = given().accept("text/plain").get(metrics).then().statusCode(200).extract().asString();
        Set<String> uris = new TreeSet<>();
        Matcher matcher = URI_TAG.matcher(text);
        while (matcher.find()) {
            uris.add(matcher.group(1));
        }
        assertEquals(false, uris.isEmpty(), "no HTTP timings at all");
        return uris;
    }
}
