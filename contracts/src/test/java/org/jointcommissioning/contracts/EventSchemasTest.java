package org.jointcommissioning.contracts;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
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
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each event record has one schema, generated from the record, and the schema is valid JSON Schema. */
class EventSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EVENTS = Path.of("events");
    /** Two-space indents, one array item a line, {@code "key": value}: as the schemas were written by hand. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);

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

    /**
     * The committed schema is exactly what the record generates: change the record, then rewrite the schemas with
     * {@code -Dschemas.update=true} and commit both.
     */
    @Test
    void everySchemaIsGeneratedFromItsEventRecord() throws IOException {
        EventSchemaGenerator generator = new EventSchemaGenerator();
        boolean update = Boolean.getBoolean("schemas.update");
        for (Class<? extends Record> event : EventTypes.ALL) {
            Path file = EVENTS.resolve(EventTypes.schemaFileOf(event));
            // Read back as any reader would, so that numbers compare as JSON numbers, not as Java types.
            JsonNode generated = JSON.readTree(JSON.writeValueAsString(generator.schemaOf(event)));
            if (update) {
                Files.writeString(file, JSON.writer(PRETTY).writeValueAsString(generated) + "\n");
            }
            assertTrue(Files.exists(file), "no schema for " + event.getSimpleName());
            assertEquals(generated, JSON.readTree(file.toFile()), event.getSimpleName() + "'s schema is not the one its "
                    + "record generates; rebuild the schemas with -Dschemas.update=true");
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
