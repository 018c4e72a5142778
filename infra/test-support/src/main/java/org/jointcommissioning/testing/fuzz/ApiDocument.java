package org.jointcommissioning.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A committed OpenAPI document, read as a tree: its operations, and its schemas with references followed. */
final class ApiDocument {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private final JsonNode root;

    private ApiDocument(JsonNode root) {
        this.root = root;
    }

    static ApiDocument read(Path file) {
        try {
            return new ApiDocument(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One operation: method, path template, its parameters and its JSON body schema (missing when it has none). */
    record ApiOperation(String method, String path, List<JsonNode> parameters, JsonNode bodySchema) {

        boolean hasBody() {
            return !bodySchema.isMissingNode();
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    List<ApiOperation> operations() {
        List<ApiOperation> operations = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            List<JsonNode> parameters = new ArrayList<>();
            op.getValue().path("parameters").forEach(p -> parameters.add(resolve(p)));
            JsonNode body = resolve(op.getValue().path("requestBody")).path("content").path("application/json").path("schema");
            operations.add(new ApiOperation(op.getKey(), path.getKey(), parameters, body));
        }));
        return operations;
    }

    /** Follows a {@code $ref} to a component of this document (and a chain of them). */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return MissingNode.getInstance();
            }
            current = root.at(ref.substring(1));
        }
        return current;
    }

    /** The name of the component a schema refers to, if it is a reference. */
    static String refName(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
