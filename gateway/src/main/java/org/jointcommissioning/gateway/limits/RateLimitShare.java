package org.jointcommissioning.gateway.limits;

import org.jointcommissioning.gateway.config.GatewayConfig;

/**
 * This replica's share of the rate limit. Each gateway replica keeps its own buckets, so with R replicas behind
 * a load balancer each allows requests / R (rounded up, at least one) per period, and a caller whose requests
 * are spread over the replicas gets about the configured limit in all.
 */
public final class RateLimitShare {

    private RateLimitShare() {
    }

    public static int of(GatewayConfig.RateLimit limit) {
        int replicas = limit.replicas();
        if (replicas < 1) {
            throw new IllegalArgumentException("gateway.rate-limit.replicas must be at least 1, not " + replicas);
        }
        return Math.max(1, (limit.requests() + replicas - 1) / replicas);
    }
}
