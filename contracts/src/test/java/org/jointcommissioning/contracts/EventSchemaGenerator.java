package org.jointcommissioning.contracts;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import org.jointcommissioning.contracts.events.EventTypes;
import org.jointcommissioning.contracts.schema.FreeText;
import org.jointcommissioning.contracts.schema.Matches;
import org.jointcommissioning.contracts.schema.NonEmpty;
import org.jointcommissioning.contracts.schema.Nullable;
import org.jointcommissioning.contracts.schema.OneOf;
import org.jointcommissioning.contracts.schema.Range;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Writes an event's JSON Schema from its record, so that the record is the one copy of the contract: Java types
 * give the JSON types and formats, the annotations of {@code org.jointcommissioning.contracts.schema} the rest.
 */
final class EventSchemaGenerator {

    static final String ID_BASE = "https://jointcommissioning.org/contracts/events/";

    /** A decimal that travels as a string: no exponent, no sign but minus, no spaces. */
    private static final String DECIMAL = "^-?[0-9]+(\\.[0-9]+)?$";

    private final SchemaGenerator generator;

    EventSchemaGenerator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(Option.EXTRA_OPEN_API_FORMAT_VALUES, Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        config.forTypesInGeneral()
                .withPropertySorter((a, b) -> 0)
                .withDescriptionResolver(type -> {
                    JsonClassDescription description = type.getType().getErasedType()
                            .getAnnotation(JsonClassDescription.class);
                    return description == null ? null : description.value();
                });
        config.forFields()
                .withRequiredCheck(field -> !field.isFakeContainerItemScope())
                .withNullableCheck(field -> annotation(field, Nullable.class) != null)
                .withDescriptionResolver(field -> {
                    JsonPropertyDescription description = annotation(field, JsonPropertyDescription.class);
                    return description == null ? null : description.value();
                })
                .withTargetTypeOverridesResolver(field -> isDecimalString(field)
                        ? List.of(field.getContext().resolve(String.class)) : null)
                .withEnumResolver(field -> {
                    OneOf oneOf = annotation(field, OneOf.class);
                    return oneOf == null ? null : Arrays.asList(oneOf.value());
                })
                .withStringPatternResolver(field -> {
                    Matches matches = annotation(field, Matches.class);
                    if (matches != null) {
                        return matches.value();
                    }
                    return isDecimalString(field) ? DECIMAL : null;
                })
                .withStringMinLengthResolver(field -> needsText(field) ? 1 : null)
                .withStringMaxLengthResolver(field -> {
                    FreeText text = annotation(field, FreeText.class);
                    return text == null ? null : text.maxLength();
                })
                .withNumberInclusiveMinimumResolver(field -> {
                    Range range = annotation(field, Range.class);
                    return range == null ? null : BigDecimal.valueOf(range.min());
                })
                .withNumberInclusiveMaximumResolver(field -> {
                    Range range = annotation(field, Range.class);
                    return range == null || range.max() == Long.MAX_VALUE ? null : BigDecimal.valueOf(range.max());
                })
                .withArrayMinItemsResolver(field -> annotation(field, NonEmpty.class) == null ? null : 1)
                .withArrayUniqueItemsResolver(field -> {
                    NonEmpty nonEmpty = annotation(field, NonEmpty.class);
                    return nonEmpty != null && nonEmpty.distinct() ? Boolean.TRUE : null;
                });
        generator = new SchemaGenerator(config.build());
    }

    /** The schema of an event record's data, headed by its id and title. */
    ObjectNode schemaOf(Class<? extends Record> event) {
        ObjectNode body = generator.generateSchema(event);
        ObjectNode schema = body.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", ID_BASE + EventTypes.schemaFileOf(event));
        schema.put("title", event.getSimpleName());
        schema.setAll(body);
        return schema;
    }

    /**
     * A string that must say something: an id, a name, a description. Free text may be empty; a value from a list,
     * a pattern or null says what it allows itself.
     */
    private static boolean needsText(FieldScope field) {
        Class<?> type = (field.isFakeContainerItemScope() ? field.getType() : field.getDeclaredType()).getErasedType();
        return type == String.class
                && annotation(field, FreeText.class) == null && annotation(field, OneOf.class) == null
                && annotation(field, Matches.class) == null && annotation(field, Nullable.class) == null;
    }

    private static boolean isDecimalString(FieldScope field) {
        JsonFormat format = annotation(field, JsonFormat.class);
        return field.getDeclaredType().getErasedType() == BigDecimal.class && format != null
                && format.shape() == JsonFormat.Shape.STRING;
    }

    /** The field's annotation; a list's items take none of the list's. */
    private static <A extends Annotation> A annotation(FieldScope field, Class<A> type) {
        return field.isFakeContainerItemScope() ? null : field.getAnnotationConsideringFieldAndGetterIfSupported(type);
    }
}
