package org.jointcommissioning.gateway.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jointcommissioning.contracts.metrics.LatencyBuckets;

import java.util.List;

/**
 * The gateway's meters as the services' are: an {@code application} tag, and fixed latency buckets on the HTTP server
 * timer (up to the 30 s upstream timeout) so that dashboards can compute percentiles across replicas.
 */
public class MeterSetup {

    @Produces
    @Singleton
    MeterFilter applicationTag(@ConfigProperty(name = "quarkus.application.name") String application) {
        return MeterFilter.commonTags(List.of(Tag.of("application", application)));
    }

    @Produces
    @Singleton
    MeterFilter latencyBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(LatencyBuckets.HTTP_SERVER_REQUESTS)) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(LatencyBuckets.nanos()).build()
                        .merge(config);
            }
        };
    }
}
