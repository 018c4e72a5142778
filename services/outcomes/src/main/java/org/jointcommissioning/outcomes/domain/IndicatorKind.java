package org.jointcommissioning.outcomes.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/** How an indicator came into the agreement. */
public enum IndicatorKind {
    STATUTORY, NEGOTIATED, LOCAL;

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
