package org.jointcommissioning.commissioning.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** How an opportunity is let: an open or selective tender, or a grant. */
public enum Route {
    OPEN, SELECTIVE, GRANT;

    public static Route parse(String field, String value) {
        return Kebab.parse(Route.class, field, value);
    }

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
