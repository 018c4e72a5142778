package org.jointcommissioning.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Validates a release or record package against the official OCDS 1.1.5 schemas (copied under ocds/ in this module's resources),
 * with the extensions the feed declares merged into the release schema by JSON Merge Patch (RFC 7386).
 */
public final class OcdsSchema {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> EXTENSIONS = List.of("lots", "submissionTerms");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    private static JsonSchema packageSchema;
    private static JsonSchema recordPackageSchema;
    private static JsonSchema releaseSchema;

    private OcdsSchema() {
    }

    /** Fails with every violation when the release package breaks the OCDS schema. */
    public static void assertValidReleasePackage(String json) {
        try {
            List<String> violations = violations(JSON.readTree(json));
            if (!violations.isEmpty()) {
                throw new AssertionError("The release package breaks OCDS 1.1.5:\n  " + String.join("\n  ", violations));
            }
        } catch (IOException e) {
            throw new AssertionError("The release package is not JSON", e);
        }
    }

    /** Every violation of the package envelope and of each release, empty when the package is valid. */
    public static List<String> violations(JsonNode releasePackage) {
        load();
        List<String> out = new ArrayList<>();
        packageSchema.validate(releasePackage).forEach(m -> out.add("package: " + m.getMessage()));
        for (JsonNode release : releasePackage.path("releases")) {
            Set<ValidationMessage> errors = releaseSchema.validate(release);
            errors.forEach(m -> out.add(release.path("id").asText() + ": " + m.getMessage()));
        }
        return out;
    }

    /** Every violation of a record package: its envelope, and each record's releases and compiled release. */
    public static List<String> recordPackageViolations(JsonNode recordPackage) {
        load();
        List<String> out = new ArrayList<>();
        recordPackageSchema.validate(recordPackage).forEach(m -> out.add("package: " + m.getMessage()));
        for (JsonNode record : recordPackage.path("records")) {
            String ocid = record.path("ocid").asText();
            for (JsonNode release : record.path("releases")) {
                releaseSchema.validate(release).forEach(m -> out.add(ocid + " " + release.path("id").asText() + ": " + m.getMessage()));
            }
            releaseSchema.validate(record.path("compiledRelease")).forEach(m -> out.add(ocid + " compiled: " + m.getMessage()));
        }
        return out;
    }

    private static synchronized void load() {
        if (releaseSchema != null) {
            return;
        }
        ObjectNode release = (ObjectNode) read("ocds/release-schema.json");
        for (String extension : EXTENSIONS) {
            merge(release, read("ocds/extensions/" + extension + "/release-schema.json"));
        }
        release.remove("id"); // its references are local; nothing is fetched from the network
        releaseSchema = FACTORY.getSchema(release);
        ObjectNode envelope = (ObjectNode) read("ocds/release-package-schema.json");
        envelope.remove("id");
        // The releases are checked one by one against the extended release schema above.
        ((ObjectNode) envelope.path("properties").path("releases")).set("items", JSON.createObjectNode().put("type", "object"));
        packageSchema = FACTORY.getSchema(envelope);
        ObjectNode records = (ObjectNode) read("ocds/record-package-schema.json");
        records.remove("id");
        // Embedded releases and the compiled release are checked one by one against the extended release schema.
        ObjectNode record = (ObjectNode) records.path("definitions").path("record").path("properties");
        record.set("compiledRelease", JSON.createObjectNode().put("type", "object"));
        // No versioned release is published; its schema lives only on the network, which a test never reads.
        record.remove("versionedRelease");
        record.set("releases", JSON.createObjectNode().put("type", "array").put("minItems", 1)
                .set("items", JSON.createObjectNode().put("type", "object")));
        recordPackageSchema = FACTORY.getSchema(records);
    }

    /** JSON Merge Patch: objects merge member by member, null removes, anything else replaces. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject() || target == null || !target.isObject()) {
            return patch.isObject() ? merge(JSON.createObjectNode(), patch) : patch;
        }
        ObjectNode result = (ObjectNode) target;
        patch.fields().forEachRemaining(field -> {
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        });
        return result;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = OcdsSchema.class.getClassLoader().getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
