package org.jointcommissioning.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.jointcommissioning.contracts.events.EventTypes;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The AsyncAPI document lists every event on its topic, with its type and its schema file. */
class AsyncApiDocumentTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void isAnAsyncApi3DocumentWhoseReferencesResolve() throws IOException {
        JsonNode doc = YAML.readTree(Path.of("asyncapi.yaml").toFile());
        assertEquals("3.0.0", doc.get("asyncapi").asText());
        assertNotNull(doc.at("/info/title").textValue());
        doc.get("channels").forEach(channel -> channel.get("messages").forEach(message -> {
            String ref = message.get("$ref").asText();
            assertTrue(!doc.at(ref.substring(1)).isMissingNode(), "dangling " + ref);
        }));
        doc.get("operations").forEach(operation -> {
            String ref = operation.at("/channel/$ref").asText();
            assertTrue(!doc.at(ref.substring(1)).isMissingNode(), "dangling " + ref);
        });
    }

    @Test
    void listsEveryEventOnItsTopicWithItsTypeAndSchema() throws IOException {
        JsonNode doc = YAML.readTree(Path.of("asyncapi.yaml").toFile());
        for (Class<? extends Record> event : EventTypes.ALL) {
            String name = event.getSimpleName();
            JsonNode message = doc.at("/components/messages/" + name);
            assertTrue(!message.isMissingNode(), name + " is not in the AsyncAPI document");
            assertEquals(EventTypes.typeOf(event), message.get("title").asText());
            String schema = message.at("/payload/schema/$ref").asText();
            assertTrue(Files.exists(Path.of(schema)), schema);
            boolean onItsTopic = false;
            for (JsonNode channel : doc.get("channels")) {
                if (channel.get("address").asText().equals(EventTypes.topicOf(event))
                        && channel.get("messages").has(name)) {
                    onItsTopic = true;
                }
            }
            assertTrue(onItsTopic, name + " is not listed on " + EventTypes.topicOf(event));
        }
    }
}
