package org.jointcommissioning.common.problem;

import com.fasterxml.jackson.databind.JsonMappingException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

/** Names a place in a JSON document the way a client wrote it: {@code lots[0].title}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    static String typeName(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type == BigDecimal.class || Number.class.isAssignableFrom(type) || type == int.class
                || type == long.class) {
            return "a number";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "a timestamp such as 2026-11-26T09:30:00Z";
        }
        if (type == LocalDate.class) {
            return "a date such as 2026-11-26";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            // Platform enums print their JSON value (kebab-case) from toString().
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        // Jackson sometimes names Java classes; a client needs none of that.
        return line.replaceAll("\\(class [^)]*\\)", "").replaceAll("`[a-zA-Z0-9_.$]+`", "value").trim();
    }
}
