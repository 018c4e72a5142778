package org.jointcommissioning.testing.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The declaration of who may call every operation, read from {@code contracts/access/access-rules.yaml}: personas,
 * groups and, per operation, its cases. What a persona should get in a case is {@link AccessCase#expected(String)}.
 */
public record AccessRules(Map<String, String> personas, Map<String, OperationRule> operations) {

    public static final String ANONYMOUS = "anonymous";

    /** One operation: its rule in words and the cases that prove it. */
    public record OperationRule(String operation, String who, List<AccessCase> cases) {

        public String method() {
            return operation.substring(0, operation.indexOf(' '));
        }

        public String path() {
            return operation.substring(operation.indexOf(' ') + 1);
        }
    }

    public static AccessRules read(Path file) {
        try {
            return parse(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** {@code contracts/access/access-rules.yaml}, found from the working directory up. */
    public static Path defaultFile() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolve("contracts/access/access-rules.yaml");
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No contracts/access/access-rules.yaml above " + dir);
    }

    private static AccessRules parse(JsonNode root) {
        Map<String, String> personas = new LinkedHashMap<>();
        root.get("personas").fields().forEachRemaining(e -> personas.put(e.getKey(), e.getValue().asText()));
        Map<String, List<String>> groups = new LinkedHashMap<>();
        root.get("groups").fields().forEachRemaining(e -> groups.put(e.getKey(), strings(e.getValue())));
        Map<String, OperationRule> operations = new LinkedHashMap<>();
        root.get("operations").fields().forEachRemaining(e -> {
            List<AccessCase> cases = new ArrayList<>();
            for (JsonNode c : e.getValue().get("cases")) {
                cases.add(parseCase(e.getKey(), c, personas.keySet(), groups));
            }
            operations.put(e.getKey(), new OperationRule(e.getKey(), e.getValue().get("who").asText(), cases));
        });
        return new AccessRules(personas, operations);
    }

    private static AccessCase parseCase(String operation, JsonNode c, Set<String> personas, Map<String, List<String>> groups) {
        Set<String> allow = new LinkedHashSet<>();
        for (String name : strings(c.get("allow"))) {
            allow.addAll(expand(operation, name, personas, groups));
        }
        Map<String, Integer> except = new LinkedHashMap<>();
        if (c.has("except")) {
            c.get("except").fields().forEachRemaining(e -> {
                requirePersona(operation, e.getKey(), personas);
                except.put(e.getKey(), e.getValue().asInt());
            });
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (c.has("query")) {
            c.get("query").fields().forEachRemaining(e -> query.put(e.getKey(), e.getValue().asText()));
        }
        List<Integer> also = new ArrayList<>();
        if (c.has("also")) {
            c.get("also").forEach(n -> also.add(n.asInt()));
        }
        String on = c.has("on") ? c.get("on").asText() : null;
        return new AccessCase(on, query, allow, c.get("deny").asInt(), except, also, List.copyOf(personas));
    }

    private static List<String> expand(String operation, String name, Set<String> personas, Map<String, List<String>> groups) {
        if (name.startsWith("@")) {
            List<String> members = groups.get(name.substring(1));
            if (members == null) {
                throw new IllegalArgumentException(operation + ": no group " + name);
            }
            members.forEach(m -> requirePersona(operation, m, personas));
            return members;
        }
        requirePersona(operation, name, personas);
        return List.of(name);
    }

    private static void requirePersona(String operation, String name, Set<String> personas) {
        if (!personas.contains(name)) {
            throw new IllegalArgumentException(operation + ": no persona " + name);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }
}
