package org.jointcommissioning.outcomes.service;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;
import org.jointcommissioning.outcomes.domain.Challenge;
import org.jointcommissioning.outcomes.domain.DeliveryPlan;
import org.jointcommissioning.outcomes.domain.Indicator;
import org.jointcommissioning.outcomes.domain.Measurement;
import org.jointcommissioning.outcomes.domain.Risk;

/** The kinds of record whose history the outcomes audit trail answers, as the {@code entity} parameter names them. */
public enum AuditedRecord {
    INDICATOR("Indicator", Indicator.class),
    MEASUREMENT("Measurement", Measurement.class),
    DELIVERY_PLAN("Delivery plan", DeliveryPlan.class),
    RISK("Risk", Risk.class),
    CHALLENGE("Challenge", Challenge.class);

    final String what;
    final Class<?> entity;

    AuditedRecord(String what, Class<?> entity) {
        this.what = what;
        this.entity = entity;
    }

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
