package org.jointcommissioning.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Map;

/** A CloudEvent a test read from a topic: its attributes (headers), key and data. */
public record ReceivedEvent(String topic, String key, Map<String, String> headers, String data) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public String id() {
        return headers.get("ce_id");
    }

    public String type() {
        return headers.get("ce_type");
    }

    public JsonNode json() {
        try {
            return JSON.readTree(data);
        } catch (IOException e) {
            throw new AssertionError("Event data is not JSON: " + data, e);
        }
    }

    /** Fails unless the data validates against the event type's schema. */
    public ReceivedEvent assertValid() {
        EventContracts.assertValid(type(), data);
        return this;
    }
}
