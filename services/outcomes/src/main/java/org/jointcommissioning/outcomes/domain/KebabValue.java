package org.jointcommissioning.outcomes.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/**
 * An enumeration written in JSON and SQL as its constant's name in lower-case kebab-case
 * ({@code HIGHER_IS_BETTER} is {@code higher-is-better}). Each enumeration also returns that value from
 * {@code toString()}, which the problem mapper uses to list the allowed values.
 */
public interface KebabValue {

    String name();

    @JsonValue
    default String value() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The constant with this value, if any; values are case-sensitive like every other. */
    static <E extends Enum<E> & KebabValue> Optional<E> find(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.value().equals(value)).findFirst();
    }
}
