package org.jointcommissioning.commissioning.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/** How an opportunity is let: an open or selective tender, or a grant. */
public enum Route {
    OPEN, SELECTIVE, GRANT;

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
