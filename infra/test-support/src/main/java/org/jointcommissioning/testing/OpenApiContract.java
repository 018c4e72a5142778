package org.jointcommissioning.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.restassured.RestAssured;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares the OpenAPI document a running service serves with its committed contract in
 * {@code contracts/openapi/<service>.yaml}. Run the build with {@code -Dopenapi.update=true} to write the
 * served document over the contract after a deliberate change, then review the diff.
 */
public final class OpenApiContract {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            // A string that looks like a number ("500000.00") must read back as a string.
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS))
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiContract() {
    }

    public static void assertServedDocumentMatches(String service) {
        JsonNode served;
        try {
            served = JSON.readTree(RestAssured.given().accept("application/json")
                    .get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new AssertionError("The service serves no readable OpenAPI document", e);
        }
        normalise(served);
        Path file = contractFile(service);
        if (Boolean.getBoolean("openapi.update")) {
            try {
                Files.writeString(file, YAML.writeValueAsString(served));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return;
        }
        JsonNode committed = read(service, file);
        normalise(committed);
        List<String> differences = new ArrayList<>();
        diff("", committed, served, differences);
        if (!differences.isEmpty()) {
            throw new AssertionError("The running " + service + " service drifted from contracts/openapi/" + service
                    + ".yaml (run with -Dopenapi.update=true after a deliberate change):\n  "
                    + String.join("\n  ", differences.subList(0, Math.min(30, differences.size()))));
        }
    }

    private static JsonNode read(String service, Path file) {
        try {
            if (file != null && Files.exists(file)) {
                return YAML.readTree(file.toFile());
            }
            try (InputStream in = OpenApiContract.class.getClassLoader()
                    .getResourceAsStream("contracts/openapi/" + service + ".yaml")) {
                if (in == null) {
                    throw new AssertionError("No contract contracts/openapi/" + service + ".yaml");
                }
                return YAML.readTree(in);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Nothing to set aside: the documents name the gateway as their one server, the same everywhere. */
    private static void normalise(JsonNode document) {
    }

    private static void diff(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected == null || actual == null) {
            out.add(path + (expected == null ? " is served but not in the contract" : " is in the contract but not served"));
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                diff(path + "/" + field.getKey(), field.getValue(), actual.get(field.getKey()), out);
            }
            for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!expected.has(name)) {
                    out.add(path + "/" + name + " is served but not in the contract");
                }
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": contract " + abbreviate(expected) + ", served " + abbreviate(actual));
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }

    /** The contract in the repository: found by walking up from the module being tested. */
    private static Path contractFile(String service) {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("contracts/openapi");
            if (Files.isDirectory(candidate)) {
                return candidate.resolve(service + ".yaml");
            }
            dir = dir.getParent();
        }
        return null;
    }
}
