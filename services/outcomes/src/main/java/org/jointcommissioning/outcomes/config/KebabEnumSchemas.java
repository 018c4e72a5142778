package org.jointcommissioning.outcomes.config;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.List;
import java.util.Locale;

/**
 * Every enumeration of this API travels as kebab-case ({@code KebabValue}); the generator only sees the
 * Java constant names, so the documented values are derived here from the same rule rather than kept twice.
 */
public class KebabEnumSchemas implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        List<Object> values = schema.getEnumeration();
        if (values != null && !values.isEmpty()
                && values.stream().allMatch(v -> v instanceof String s && s.matches("[A-Z][A-Z0-9_]*"))) {
            schema.setEnumeration(values.stream()
                    .map(v -> (Object) ((String) v).toLowerCase(Locale.ROOT).replace('_', '-')).toList());
        }
        return schema;
    }
}
