package org.jointcommissioning.common.metrics;

/**
 * A counter's Micrometer name and its help text. The name is dotted ({@code platform.bids.submitted}); Prometheus
 * reads it as {@code platform_bids_submitted_total}.
 */
public record CounterName(String name, String description) {

    public CounterName {
        if (!name.startsWith("platform.")) {
            throw new IllegalArgumentException("The platform's own metrics start with platform.: " + name);
        }
    }

    public static CounterName of(String name, String description) {
        return new CounterName(name, description);
    }
}
