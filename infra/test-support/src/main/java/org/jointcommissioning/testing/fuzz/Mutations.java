package org.jointcommissioning.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The requests tried on one operation: a valid one, then each parameter and each body field in turn replaced by a
 * wrong type, a boundary, an over-long value, a NUL, null, or left out; and bodies that are empty, null, not an
 * object, carry an unknown field, or are far too large.
 */
final class Mutations {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String NUL = "a\u0000b";

    private final ApiDocument document;
    private final Values values;

    Mutations(ApiDocument document, Values values) {
        this.document = document;
        this.values = values;
    }

    List<FuzzCase> of(ApiDocument.ApiOperation operation) {
        List<FuzzCase> cases = new ArrayList<>();
        Request valid = validRequest(operation);
        cases.add(valid.toCase("a valid request"));
        for (JsonNode parameter : operation.parameters()) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            for (Map.Entry<String, String> bad : badParameterValues(document.resolve(parameter.path("schema"))).entrySet()) {
                Request r = valid.copy();
                switch (in) {
                    case "path" -> r.pathValues.put(name, bad.getValue());
                    case "query" -> r.query.put(name, bad.getValue());
                    case "header" -> r.headers.put(name, bad.getValue().replace("%00", "").replace("\u0000", ""));
                    default -> {
                        continue;
                    }
                }
                cases.add(r.toCase(in + " parameter " + name + ": " + bad.getKey()));
            }
        }
        if (operation.hasBody()) {
            bodyCases(operation, valid, cases);
        }
        return cases;
    }

    private void bodyCases(ApiDocument.ApiOperation operation, Request valid, List<FuzzCase> cases) {
        for (Map.Entry<String, String> body : Map.of("an empty body", "", "a null body", "null", "an array body", "[]",
                "an empty object", "{}", "a string body", "\"text\"", "malformed JSON", "{\"a\": ").entrySet()) {
            Request r = valid.copy();
            r.body = body.getValue();
            cases.add(r.toCase(body.getKey()));
        }
        Request huge = valid.copy();
        huge.body = "{\"x\": \"" + "x".repeat(1_200_000) + "\"}";
        cases.add(huge.toCase("a body over the size limit"));
        JsonNode schema = document.resolve(operation.bodySchema());
        if (!(valid.json instanceof ObjectNode object)) {
            return;
        }
        withBody(valid, cases, "an unknown property", b -> b.put("unexpectedProperty", 1));
        schema.path("properties").fields().forEachRemaining(property -> {
            String name = property.getKey();
            JsonNode fieldSchema = document.resolve(property.getValue());
            String type = Values.type(fieldSchema);
            withBody(valid, cases, name + " of the wrong type", b -> b.set(name, wrongType(type)));
            withBody(valid, cases, name + " null", b -> b.putNull(name));
            withBody(valid, cases, name + " left out", b -> b.remove(name));
            if ("string".equals(type)) {
                withBody(valid, cases, name + " with a NUL", b -> b.put(name, NUL));
                int max = fieldSchema.path("maxLength").asInt(10_000);
                withBody(valid, cases, name + " over its length", b -> b.put(name, "x".repeat(max + 1)));
            }
            if ("integer".equals(type) || "number".equals(type)) {
                withBody(valid, cases, name + " far too large", b -> b.put(name, new java.math.BigInteger("99999999999999999999")));
                withBody(valid, cases, name + " negative", b -> b.put(name, -1));
            }
            if ("array".equals(type)) {
                withBody(valid, cases, name + " with a null item", b -> b.set(name, JSON.arrayNode().addNull()));
            }
            if ("object".equals(type) && fieldSchema.has("properties")) {
                withBody(valid, cases, name + " with an unknown property", b -> {
                    JsonNode inner = b.get(name) instanceof ObjectNode o ? o.deepCopy() : JSON.objectNode();
                    ((ObjectNode) inner).put("unexpectedProperty", true);
                    b.set(name, inner);
                });
            }
        });
    }

    private static void withBody(Request valid, List<FuzzCase> cases, String description, Consumer<ObjectNode> change) {
        Request r = valid.copy();
        ObjectNode body = ((ObjectNode) valid.json).deepCopy();
        change.accept(body);
        r.json = body;
        r.body = body.toString();
        cases.add(r.toCase(description));
    }

    private Request validRequest(ApiDocument.ApiOperation operation) {
        Request r = new Request(operation);
        for (JsonNode parameter : operation.parameters()) {
            String name = parameter.path("name").asText();
            JsonNode schema = document.resolve(parameter.path("schema"));
            switch (parameter.path("in").asText()) {
                case "path" -> r.pathValues.put(name, encode(values.valid(schema, 0).asText()));
                case "query" -> {
                    if (parameter.path("required").asBoolean(false)) {
                        r.query.put(name, encode(values.valid(schema, 0).asText()));
                    }
                }
                case "header" -> {
                    if ("Idempotency-Key".equalsIgnoreCase(name)) {
                        r.headers.put(name, UUID.randomUUID().toString());
                    }
                }
                default -> {
                }
            }
        }
        if (operation.hasBody()) {
            r.json = values.valid(operation.bodySchema(), 0);
            r.body = r.json.toString();
        }
        return r;
    }

    private Map<String, String> badParameterValues(JsonNode schema) {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("a NUL", "a%00b");
        bad.put("a control character", "a%1Fb");
        bad.put("over-long", "x".repeat(3000));
        bad.put("non-ASCII", "%E2%82%AC%F0%9F%98%80");
        bad.put("a path trick", "..%2F..%2Fetc");
        bad.put("random text", encode(values.draw(Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40))));
        String type = Values.type(schema);
        if ("integer".equals(type) || "number".equals(type)) {
            bad.put("not a number", "abc");
            bad.put("an exponent", "1e9");
            bad.put("too large", "2147483648");
            bad.put("the largest int", "2147483647");
            bad.put("negative", "-1");
            bad.put("a fraction", "1.5");
        }
        return bad;
    }

    private static JsonNode wrongType(String type) {
        return switch (type) {
            case "string" -> JSON.numberNode(12345);
            case "integer", "number" -> JSON.textNode("12");
            case "boolean" -> JSON.textNode("true");
            case "array" -> JSON.textNode("x");
            default -> JSON.textNode("x");
        };
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A request being built: path values already encoded. */
    private static final class Request {
        final ApiDocument.ApiOperation operation;
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        JsonNode json;
        String body;

        Request(ApiDocument.ApiOperation operation) {
            this.operation = operation;
        }

        Request copy() {
            Request r = new Request(operation);
            r.pathValues = new LinkedHashMap<>(pathValues);
            r.query = new LinkedHashMap<>(query);
            r.headers = new LinkedHashMap<>(headers);
            r.json = json;
            r.body = body;
            if (headers.containsKey("Idempotency-Key")) {
                r.headers.put("Idempotency-Key", UUID.randomUUID().toString());
            }
            return r;
        }

        FuzzCase toCase(String description) {
            String path = operation.path();
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", value.getValue());
            }
            return new FuzzCase(description, operation.method(), path, Map.copyOf(query), Map.copyOf(headers), body);
        }
    }
}
