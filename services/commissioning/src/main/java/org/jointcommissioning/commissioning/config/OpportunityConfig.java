package org.jointcommissioning.commissioning.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Rules for opportunities that differ between a local platform and a deployment. */
@ConfigMapping(prefix = "platform.opportunities")
public interface OpportunityConfig {

    /** The least time between publishing and the clarification and submission deadlines. */
    @WithDefault("PT0S")
    Duration minimumNotice();

    /** How often the deadline job runs (read by its {@code @Scheduled}); {@code off} disables it. */
    @WithDefault("5s")
    String closeInterval();
}
