package org.jointcommissioning.common.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jointcommissioning.common.json.EventJson;

import java.nio.charset.StandardCharsets;

/**
 * A CloudEvent read from a Kafka record in binary mode. A record without an id or a type, or with data
 * that cannot be read, is rejected with an {@link UnreadableEventException} so it goes to the dead-letter topic.
 */
public record IncomingEvent(String id, String type, String source, String subject, String time, String data) {

    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (id == null || type == null) {
            throw new UnreadableEventException("Not a CloudEvent: ce_id or ce_type header missing");
        }
        if (record.value() == null) {
            throw new UnreadableEventException("Event " + id + " has no data");
        }
        return new IncomingEvent(id, type, header(record, "ce_source"), header(record, "ce_subject"),
                header(record, "ce_time"), record.value());
    }

    public <T> T dataAs(Class<T> type) {
        try {
            return EventJson.mapper().readValue(data, type);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("Event " + id + " of type " + this.type + " has unreadable data: "
                    + e.getOriginalMessage());
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
