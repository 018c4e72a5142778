package org.jointcommissioning.outcomes.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.jointcommissioning.outcomes.domain.StatusCalculator;

/** Makes the pure status rule available with the configured amber band. */
public class StatusRuleProducer {

    @Produces
    @ApplicationScoped
    StatusCalculator statusCalculator(OutcomesConfig config) {
        return new StatusCalculator(config.status().amberShare());
    }
}
