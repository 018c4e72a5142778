package org.jointcommissioning.contracts.metrics;

import java.time.Duration;
import java.util.Arrays;

/**
 * The latency buckets of every HTTP server timer, the gateway's and the services' alike, so that the dashboards'
 * percentiles (histogram_quantile) read the same boundaries across all of them. Few and fixed, to keep series few:
 * from 5 ms to 30 s, the gateway's upstream timeout.
 */
public final class LatencyBuckets {

    /** The timer they apply to. */
    public static final String HTTP_SERVER_REQUESTS = "http.server.requests";

    private static final Duration[] BOUNDARIES = {
        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)};

    private LatencyBuckets() {
    }

    /** The boundaries in nanoseconds, as a timer's service-level objectives take them. */
    public static double[] nanos() {
        return Arrays.stream(BOUNDARIES).mapToDouble(Duration::toNanos).toArray();
    }
}
