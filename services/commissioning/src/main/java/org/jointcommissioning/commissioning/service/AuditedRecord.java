package org.jointcommissioning.commissioning.service;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.commissioning.domain.Award;
import org.jointcommissioning.commissioning.domain.AwardChallenge;
import org.jointcommissioning.commissioning.domain.Evaluation;
import org.jointcommissioning.commissioning.domain.Framework;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.common.kebab.Kebab;

/** The kinds of record whose history the commissioning audit trail answers, as the {@code entity} parameter names them. */
public enum AuditedRecord {
    FRAMEWORK("Framework", Framework.class),
    OPPORTUNITY("Opportunity", Opportunity.class),
    AWARD("Award", Award.class),
    EVALUATION("Evaluation", Evaluation.class),
    AWARD_CHALLENGE("Challenge", AwardChallenge.class);

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
