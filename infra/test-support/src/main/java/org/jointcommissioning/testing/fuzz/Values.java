package org.jointcommissioning.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.engine.SourceOfRandomness;

import java.util.Iterator;
import java.util.List;

/**
 * Values that a schema allows, drawn by jqwik's generators from one seeded random source, so that a run can be
 * repeated exactly from its seed. Patterns are not solved: where a schema has an example it is used, otherwise a
 * plausible value, and a value the service then refuses is still a fine fuzz case (it must be a 400, never a 5xx).
 */
final class Values {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ApiDocument document;

    /** Seeds jqwik's source of randomness for this thread, so that every draw below repeats with the seed. */
    Values(ApiDocument document, long seed) {
        this.document = document;
        SourceOfRandomness.create(Long.toString(seed));
    }

    <T> T draw(Arbitrary<T> arbitrary) {
        return arbitrary.sample();
    }

    JsonNode valid(JsonNode schemaOrRef, int depth) {
        JsonNode schema = document.resolve(schemaOrRef);
        if ("Money".equals(ApiDocument.refName(schemaOrRef))) {
            return JSON.objectNode().put("amount", draw(Arbitraries.integers().between(1, 99999)) + ".00")
                    .put("currency", "GBP");
        }
        if (schema.has("examples") && schema.get("examples").size() > 0) {
            return schema.get("examples").get(0);
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return values.get(draw(Arbitraries.integers().between(0, values.size() - 1)));
        }
        return switch (type(schema)) {
            case "object" -> object(schema, depth);
            case "array" -> array(schema, depth);
            case "integer" -> JSON.numberNode(draw(Arbitraries.integers().between(
                    (int) Math.max(schema.path("minimum").asLong(0), 0), (int) Math.min(schema.path("maximum").asLong(100), 100))));
            case "number" -> JSON.numberNode(draw(Arbitraries.integers().between(0, 100)));
            case "boolean" -> JSON.booleanNode(draw(Arbitraries.of(true, false)));
            default -> JSON.textNode(text(schema));
        };
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode object = JSON.objectNode();
        List<String> required = JsonLists.strings(schema.path("required"));
        Iterator<String> names = schema.path("properties").fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (required.contains(name) || (depth < 3 && draw(Arbitraries.of(true, false)))) {
                object.set(name, valid(schema.get("properties").get(name), depth + 1));
            }
        }
        return object;
    }

    private JsonNode array(JsonNode schema, int depth) {
        ArrayNode array = JSON.arrayNode();
        int min = schema.path("minItems").asInt(0);
        int count = depth > 3 ? min : Math.max(min, draw(Arbitraries.integers().between(0, 2)));
        for (int i = 0; i < count; i++) {
            array.add(valid(schema.path("items"), depth + 1));
        }
        return array;
    }

    private String text(JsonNode schema) {
        String format = schema.path("format").asText("");
        return switch (format) {
            case "date" -> "2026-11-26";
            case "date-time" -> "2026-11-26T09:30:00Z";
            case "uri" -> "https://example.org/a";
            case "email" -> "someone@example.org";
            default -> {
                int max = Math.min(schema.path("maxLength").asInt(20), 20);
                int min = Math.min(schema.path("minLength").asInt(1), max);
                yield draw(Arbitraries.strings().alpha().numeric().ofMinLength(Math.max(min, 1)).ofMaxLength(Math.max(max, 1)));
            }
        };
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }
}
