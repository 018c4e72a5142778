package org.jointcommissioning.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jointcommissioning.contracts.events.EventTypes;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads and writes CloudEvents on the test broker, the way the services do. */
public final class KafkaEvents {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private KafkaEvents() {
    }

    /** Sends an event record as a new CloudEvent; answers its id. */
    public static String send(String key, Record event) {
        return send(UUID.randomUUID().toString(), key, event);
    }

    /** Sends an event with a chosen id: sending the same id twice is a redelivery. */
    public static String send(String id, String key, Record event) {
        try {
            return sendRaw(EventTypes.topicOf(event.getClass()), id, EventTypes.typeOf(event.getClass()), key,
                    JSON.writeValueAsString(event));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** Sends anything, such as a poison message, to a topic. A null type sends no CloudEvent headers. */
    public static String sendRaw(String topic, String id, String type, String key, String data) {
        RecordHeaders headers = new RecordHeaders();
        if (type != null) {
            headers.add("ce_specversion", bytes("1.0"));
            headers.add("ce_id", bytes(id));
            headers.add("ce_type", bytes(type));
            headers.add("ce_source", bytes("/test"));
            headers.add("ce_subject", bytes(key));
            headers.add("ce_time", bytes(Instant.now().toString()));
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            producer.send(new ProducerRecord<>(topic, null, key, data, headers)).get();
        } catch (Exception e) {
            throw new AssertionError("Could not send to " + topic, e);
        }
        return id;
    }

    /**
     * Reads the topic from the start until {@code count} events match, or fails after the timeout.
     * Answers the matching events in the order of the topic's partitions.
     */
    public static List<ReceivedEvent> await(String topic, Predicate<ReceivedEvent> match, int count, Duration timeout) {
        List<ReceivedEvent> found = new ArrayList<>();
        Instant end = Instant.now().plus(timeout);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            consumer.subscribe(List.of(topic));
            while (found.size() < count && Instant.now().isBefore(end)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    ReceivedEvent event = toEvent(record);
                    if (match.test(event)) {
                        found.add(event);
                    }
                }
            }
        }
        if (found.size() < count) {
            throw new AssertionError("Expected " + count + " matching events on " + topic + " within " + timeout
                    + ", found " + found.size() + ": " + found);
        }
        return found;
    }

    /**
     * Every event written to the topic before this call: read up to each partition's end as it is now, with no
     * waiting for quiet. To prove that something did not happen, first await a marker that was written after it.
     */
    public static List<ReceivedEvent> upToNow(String topic) {
        List<ReceivedEvent> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new AssertionError("Could not read " + topic + " up to " + ends + " within 30 s");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        found.add(toEvent(record));
                    }
                }
            }
        }
        return found;
    }

    public static Predicate<ReceivedEvent> ofType(Class<? extends Record> eventClass) {
        String type = EventTypes.typeOf(eventClass);
        return event -> type.equals(event.type());
    }

    public static Predicate<ReceivedEvent> ofType(Class<? extends Record> eventClass, String key) {
        return ofType(eventClass).and(event -> key.equals(event.key()));
    }

    private static ReceivedEvent toEvent(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return new ReceivedEvent(record.topic(), record.key(), headers, record.value());
    }

    private static Properties producerConfig() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return config;
    }

    private static Properties consumerConfig() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return config;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
