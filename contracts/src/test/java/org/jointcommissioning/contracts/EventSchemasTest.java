package org.jointcommissioning.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.jointcommissioning.contracts.events.EventTypes;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each event record has one schema, the schema is valid JSON Schema, and both name the same fields. */
class EventSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EVENTS = Path.of("events");

    @Test
    void everySchemaIsValidJsonSchema() throws IOException {
        var metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"),
                        SchemaValidatorsConfig.builder().build());
        try (var files = Files.list(EVENTS)) {
            for (Path file : files.toList()) {
                Set<ValidationMessage> errors = metaSchema.validate(JSON.readTree(file.toFile()));
                assertTrue(errors.isEmpty(), file + ": " + errors);
            }
        }
    }

    @Test
    void everyEventRecordHasASchemaWithTheSameFields() throws IOException {
        for (Class<? extends Record> event : EventTypes.ALL) {
            Path file = EVENTS.resolve(EventTypes.schemaFileOf(event));
            assertTrue(Files.exists(file), "no schema for " + event.getSimpleName());
            JsonNode schema = JSON.readTree(file.toFile());
            Set<String> schemaFields = new TreeSet<>();
            schema.get("properties").fieldNames().forEachRemaining(schemaFields::add);
            Set<String> recordFields = Arrays.stream(event.getRecordComponents()).map(c -> c.getName())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(recordFields, schemaFields, event.getSimpleName());
            assertEquals(event.getSimpleName(), schema.get("title").asText());
        }
    }

    @Test
    void everySchemaBelongsToAnEventRecord() throws IOException {
        Set<String> known = EventTypes.ALL.stream().map(EventTypes::schemaFileOf).collect(Collectors.toSet());
        try (var files = Files.list(EVENTS)) {
            files.map(f -> f.getFileName().toString())
                    .forEach(name -> assertTrue(known.contains(name), name + " has no event record"));
        }
    }
}
