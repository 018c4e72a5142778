package org.jointcommissioning.outcomes.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;

/** The service's own settings ({@code outcomes.*}). */
@ConfigMapping(prefix = "outcomes")
public interface OutcomesConfig {

    Status status();

    interface Status {

        /** Amber while behind the path by at most this share of the baseline-to-target gap (0 to 1). */
        @WithDefault("0.10")
        BigDecimal amberShare();
    }
}
