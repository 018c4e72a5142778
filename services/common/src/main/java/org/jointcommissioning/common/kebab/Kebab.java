package org.jointcommissioning.common.kebab;

import org.jointcommissioning.common.problem.ProblemException;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one spelling of an enumeration outside Java: its constant's name in lower-case kebab-case
 * ({@code HIGHER_IS_BETTER} is {@code higher-is-better}) in JSON, in the API documents and in the database.
 * An enumeration opts in with
 * <pre>{@code
 * @JsonValue @Override public String toString() { return Kebab.of(this); }
 * }</pre>
 * which Jackson reads and writes, the OpenAPI generator lists, and the problem mapper quotes as the allowed values;
 * a column stores it through a {@link KebabConverter}.
 */
public final class Kebab {

    private Kebab() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant spelled so, if any; spellings are case-sensitive like every other value. */
    public static <E extends Enum<E>> Optional<E> find(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> of(e).equals(value)).findFirst();
    }

    /**
     * The constant a query parameter names, null when the parameter is absent; any other spelling is a 400 naming
     * the parameter and listing the allowed values.
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
        if (value == null) {
            return null;
        }
        return find(type, value).orElseThrow(() -> ProblemException.invalidField(parameter, "must be one of "
                + Arrays.stream(type.getEnumConstants()).map(Kebab::of).collect(Collectors.joining(", "))));
    }
}
