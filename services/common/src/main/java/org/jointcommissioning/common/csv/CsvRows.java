package org.jointcommissioning.common.csv;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;

/**
 * Where a list answer keeps its rows, and their type: a JSON array is its own rows; a record's rows are its
 * {@code items} ({@code Page} and the other list envelopes), or else its first array (a statement's partner lines, a
 * scorecard's themes, a year statement's lines before its shares), or else its first array. Anything else has no
 * rows and is not written as CSV.
 */
public record CsvRows(List<?> rows, JavaType itemType) {

    public static final String ITEMS = "items";

    /** The rows of a body, or null when it has none; the declared type, when known, names the item type. */
    public static CsvRows of(Object body, Type declared, TypeFactory types) {
        JavaType type = declared == null || declared == Object.class ? types.constructType(body.getClass())
                : types.constructType(declared);
        if (body instanceof List<?> list) {
            return new CsvRows(list, itemType(type.getContentType(), list, types));
        }
        RecordComponent component = rowsComponent(body.getClass());
        if (component == null) {
            return null;
        }
        try {
            List<?> rows = (List<?>) component.getAccessor().invoke(body);
            JavaType listType = types.resolveMemberType(component.getGenericType(), type.getBindings());
            return new CsvRows(rows == null ? List.of() : rows, itemType(listType.getContentType(), rows, types));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The rows of " + body.getClass().getName() + " cannot be read", e);
        }
    }

    /** Whether a type of answer has rows: a list, or a record with an array. */
    public static boolean has(Class<?> type) {
        return List.class.isAssignableFrom(type) || rowsComponent(type) != null;
    }

    /** A cursor list's {@code next} cursor; null when there is none or the body is not read by cursor. */
    static Object nextCursor(Object body) {
        if (!body.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : body.getClass().getRecordComponents()) {
            if (component.getName().equals("next") && component.getType() == String.class) {
                try {
                    return component.getAccessor().invoke(body);
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }

    static RecordComponent rowsComponent(Class<?> type) {
        if (!type.isRecord()) {
            return null;
        }
        RecordComponent first = null;
        for (RecordComponent component : type.getRecordComponents()) {
            if (!List.class.isAssignableFrom(component.getType())) {
                continue;
            }
            if (component.getName().equals(ITEMS)) {
                return component;
            }
            if (first == null) {
                first = component;
            }
        }
        return first;
    }

    /** The declared item type; when generics hide it (an untyped Response), the first row's class. */
    private static JavaType itemType(JavaType declared, List<?> rows, TypeFactory types) {
        if (declared != null && !declared.isJavaLangObject() && !(declared.getRawClass() == Object.class)) {
            return declared;
        }
        if (rows != null && !rows.isEmpty() && rows.get(0) != null) {
            return types.constructType(rows.get(0).getClass());
        }
        return types.constructType(Object.class);
    }
}
