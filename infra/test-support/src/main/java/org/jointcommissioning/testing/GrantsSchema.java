package org.jointcommissioning.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates a grants package against the official 360Giving Data Standard 1.4.3 schemas (copied under 360giving/ in
 * this module's resources): the package envelope, then each grant against the grant schema, with formats asserted.
 */
public final class GrantsSchema {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema packageSchema;
    private static JsonSchema grantSchema;

    private GrantsSchema() {
    }

    /** Fails with every violation when the package breaks the 360Giving schema. */
    public static void assertValidPackage(String json) {
        try {
            List<String> violations = violations(JSON.readTree(json));
            if (!violations.isEmpty()) {
                throw new AssertionError("The grants package breaks 360Giving 1.4.3:\n  " + String.join("\n  ", violations));
            }
        } catch (IOException e) {
            throw new AssertionError("The grants package is not JSON", e);
        }
    }

    /** Every violation of the envelope and of each grant, empty when the package is valid. */
    public static List<String> violations(JsonNode grantPackage) {
        load();
        List<String> out = new ArrayList<>();
        packageSchema.validate(grantPackage).forEach(m -> out.add("package: " + m.getMessage()));
        for (JsonNode grant : grantPackage.path("grants")) {
            grantSchema.validate(grant).forEach(m -> out.add(grant.path("id").asText() + ": " + m.getMessage()));
        }
        return out;
    }

    private static synchronized void load() {
        if (grantSchema != null) {
            return;
        }
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        ObjectNode grant = (ObjectNode) read("360giving/360-giving-schema.json");
        grant.remove("$id"); // its references are local; nothing is fetched from the network
        grantSchema = factory.getSchema(grant, config);
        ObjectNode envelope = (ObjectNode) read("360giving/360-giving-package-schema.json");
        envelope.remove("$id");
        // The grants are checked one by one against the grant schema above.
        ((ObjectNode) envelope.path("properties").path("grants")).set("items", JSON.createObjectNode().put("type", "object"));
        packageSchema = factory.getSchema(envelope, config);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = GrantsSchema.class.getClassLoader().getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
