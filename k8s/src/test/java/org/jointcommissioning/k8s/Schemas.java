package org.jointcommissioning.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.gson.JsonParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checks an object against the schema of its kind. Core kinds: the official Java client's models (25.0.0, Kubernetes 1.34),
 * generated from the API's OpenAPI document, which reject unknown and missing required fields and wrong JSON types.
 * Custom resources: the openAPIV3Schema of the released CRDs kept in k8s/schemas, made strict as kubectl's
 * validation is (an object with declared properties takes no other, unless it preserves unknown fields).
 */
final class Schemas {

    static final Path DIR = Manifests.ROOT.resolve("k8s/schemas");
    private static final String MODELS = "io.kubernetes.client.openapi.models.";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, JsonSchema> CRDS = loadCrds();

    private Schemas() {
    }

    /** Whether any schema is known for this apiVersion and kind. */
    static boolean known(JsonNode object) {
        return CRDS.containsKey(key(object)) || coreModel(object).isPresent();
    }

    /** The violations of the object's schema, empty when it conforms. */
    static List<String> violations(JsonNode object) {
        JsonSchema crd = CRDS.get(key(object));
        if (crd != null) {
            return crd.validate(object).stream().map(ValidationMessage::getMessage).sorted().toList();
        }
        Method validate = coreModel(object).orElseThrow(() -> new AssertionError("no schema for " + key(object)));
        try {
            validate.invoke(null, JsonParser.parseString(object.toString()));
            return List.of();
        } catch (InvocationTargetException e) {
            String message = String.valueOf(e.getCause().getMessage());
            // The client appends the whole offending JSON; the field and the type name are what a reader needs.
            int json = message.indexOf(". JSON: ");
            return List.of(json > 0 ? message.substring(0, json) : message);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static String key(JsonNode object) {
        return object.path("apiVersion").asText() + "/" + object.path("kind").asText();
    }

    /** The client's model class of a core kind, named from its version and kind (apps/v1 Deployment: V1Deployment). */
    private static Optional<Method> coreModel(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        if (!group.isEmpty() && !group.endsWith(".k8s.io") && !group.equals("apps") && !group.equals("policy")
                && !group.equals("autoscaling") && !group.equals("batch")) {
            return Optional.empty();
        }
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        String name = MODELS + Character.toUpperCase(version.charAt(0)) + version.substring(1)
                + object.path("kind").asText();
        try {
            return Optional.of(Class.forName(name).getMethod("validateJsonElement", com.google.gson.JsonElement.class));
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    private static Map<String, JsonSchema> loadCrds() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        Map<String, JsonSchema> schemas = new HashMap<>();
        try (Stream<Path> files = Files.walk(DIR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
                    while (documents.hasNext()) {
                        JsonNode crd = documents.next();
                        if (!"CustomResourceDefinition".equals(crd.path("kind").asText())) {
                            continue;
                        }
                        String group = crd.path("spec").path("group").asText();
                        String kind = crd.path("spec").path("names").path("kind").asText();
                        for (JsonNode version : crd.path("spec").path("versions")) {
                            JsonNode schema = strict(version.path("schema").path("openAPIV3Schema").deepCopy());
                            schemas.put(group + "/" + version.path("name").asText() + "/" + kind,
                                    factory.getSchema(schema));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read the CRDs in " + DIR + ": " + e.getMessage(), e);
        }
        return schemas;
    }

    /** OpenAPI v3 (Kubernetes flavour) to JSON Schema draft 4, closed where Kubernetes would prune unknown fields. */
    private static JsonNode strict(JsonNode node) {
        if (node.isArray()) {
            node.forEach(Schemas::strict);
            return node;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode schema = (ObjectNode) node;
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equals("properties")) {
                field.getValue().forEach(Schemas::strict);
            } else {
                strict(field.getValue());
            }
        }
        if (schema.path("x-kubernetes-int-or-string").asBoolean()) {
            schema.remove("type");
            ArrayNode anyOf = schema.putArray("anyOf");
            anyOf.addObject().put("type", "integer");
            anyOf.addObject().put("type", "string");
        }
        if (schema.path("nullable").asBoolean() && schema.path("type").isTextual()) {
            ArrayNode types = JsonNodeFactory.instance.arrayNode().add(schema.path("type").asText()).add("null");
            schema.set("type", types);
        }
        if (schema.has("properties") && !schema.has("additionalProperties")
                && !schema.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
            schema.put("additionalProperties", false);
        }
        return schema;
    }
}
