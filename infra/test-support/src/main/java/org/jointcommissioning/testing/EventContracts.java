package org.jointcommissioning.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.jointcommissioning.contracts.events.EventTypes;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Checks event data against its one schema in {@code contracts/events/}, read from the contracts jar. */
public final class EventContracts {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventContracts() {
    }

    /** Fails with every violation listed when the data of an event of {@code type} breaks its schema. */
    public static void assertValid(String type, String data) {
        Class<?> eventClass = EventTypes.classOf(type)
                .orElseThrow(() -> new AssertionError("Unknown event type " + type));
        Set<ValidationMessage> errors = validate(eventClass, data);
        if (!errors.isEmpty()) {
            throw new AssertionError(type + " breaks its contract: "
                    + errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; "))
                    + "\n" + data);
        }
    }

    public static void assertValid(Record event) {
        try {
            assertValid(EventTypes.typeOf(event.getClass()), JSON.writeValueAsString(event));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public static Set<ValidationMessage> validate(Class<?> eventClass, String data) {
        try {
            JsonNode node = JSON.readTree(data);
            return schema(eventClass).validate(node);
        } catch (IOException e) {
            throw new AssertionError("Event data is not JSON: " + data, e);
        }
    }

    private static JsonSchema schema(Class<?> eventClass) {
        String file = "contracts/events/" + EventTypes.schemaFileOf(eventClass);
        return SCHEMAS.computeIfAbsent(file, f -> {
            try (InputStream in = EventContracts.class.getClassLoader().getResourceAsStream(f)) {
                if (in == null) {
                    throw new AssertionError("No schema " + f + " on the classpath");
                }
                SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }
}
