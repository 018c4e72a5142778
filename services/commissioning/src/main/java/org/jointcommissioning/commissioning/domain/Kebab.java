package org.jointcommissioning.commissioning.domain;

import org.jointcommissioning.common.problem.ProblemException;

import java.util.Arrays;

/** Reads the kebab-case JSON value of an enum, answering 400 with the allowed values otherwise. */
final class Kebab {

    private Kebab() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.toString().equals(value))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalidField(field, "must be one of "
                        + Arrays.toString(type.getEnumConstants())));
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase().replace('_', '-');
    }
}
