package org.jointcommissioning.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gateway's settings: the route table, the public reads, the limits and the upstream behaviour. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Each service by name: its address and the path prefixes it owns. */
    Map<String, Service> services();

    /** Path patterns anyone may read (GET, HEAD) without a token. */
    List<String> publicReads();

    MemorySize maxBodySize();

    /** The paths that take documents (uploads), with a larger body limit than the rest. */
    Documents documents();

    /**
     * The proxies (addresses or CIDR ranges) whose Forwarded or X-Forwarded-For headers name the caller; none by
     * default, so that the caller is the peer of the connection.
     */
    Optional<List<String>> trustedProxies();

    RateLimit rateLimit();

    Upstream upstream();

    Docs docs();

    interface Service {
        /** One address per copy of the service (a comma-separated list in the configuration). */
        List<URI> url();

        List<String> prefixes();
    }

    interface RateLimit {
        /** How many requests one caller may make per period (the bucket also allows a burst of this size). */
        int requests();

        Duration period();

        /**
         * How many gateway replicas share the limit: each allows its share, requests / replicas (rounded up),
         * so that a caller spread evenly over the replicas gets the whole limit and no more.
         */
        @WithDefault("1")
        int replicas();
    }

    interface Upstream {
        /** How long a service may stay silent before the caller gets a 504. */
        Duration timeout();

        Duration connectTimeout();

        @WithDefault("PT3S")
        Duration readinessTimeout();

        /** How often every copy of every service is asked whether it is ready. */
        @WithDefault("PT5S")
        Duration readinessInterval();
    }

    interface Documents {
        /** Path patterns, as for the public reads ('*' one segment); none by default. */
        Optional<List<String>> paths();

        @WithDefault("10M")
        MemorySize maxBodySize();
    }

    interface Docs {
        String clientId();
    }
}
