package org.jointcommissioning.outcomes.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/** An indicator's status against its path; no-data until a first measurement. */
public enum RagStatus {
    RED, AMBER, GREEN, NO_DATA;

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
