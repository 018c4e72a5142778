package org.jointcommissioning.outcomes.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/** How far a reported value can be trusted. */
public enum DataQuality {
    VALIDATED, PROVISIONAL, ESTIMATED;

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
