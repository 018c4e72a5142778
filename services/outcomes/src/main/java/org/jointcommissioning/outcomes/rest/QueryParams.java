package org.jointcommissioning.outcomes.rest;

import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.outcomes.domain.KebabValue;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Reads filter values from the query string; an unknown value is a 400 that lists the allowed ones. */
final class QueryParams {

    private QueryParams() {
    }

    static <E extends Enum<E> & KebabValue> E kebab(Class<E> type, String name, String value) {
        if (value == null) {
            return null;
        }
        return KebabValue.find(type, value).orElseThrow(() -> ProblemException.invalidField(name, "must be one of "
                + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "))));
    }
}
