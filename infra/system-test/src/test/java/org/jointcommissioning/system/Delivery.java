package org.jointcommissioning.system;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What a service's outbox wrote for a key and what reached Kafka for it, read straight from the service's database and
 * from the broker, so that a test can say every event was sent exactly once, whichever copy sent it.
 */
final class Delivery {

    /** One event: its id, type (CloudEvents {@code ce_type}) and topic. */
    record Sent(String id, String type, String topic) {
    }

    private Delivery() {
    }

    /** The events a service wrote to its outbox for a key, in the order it wrote them. */
    static List<Sent> inOutbox(String service, String key) {
        return query(service, "select id, type, topic from outbox where message_key = ? order by position", key);
    }

    /** The events a service wrote to its outbox for a key that are not sent yet. */
    static List<Sent> pending(String service, String key) {
        return query(service, "select id, type, topic from outbox where message_key = ? and sent_at is null", key);
    }

    private static List<Sent> query(String service, String sql, String key) {
        String url = "jdbc:postgresql://" + env("DB_HOST", "127.0.0.1") + ":" + env("DB_PORT", "5432") + "/"
                + PlatformLauncher.DB_PREFIX + service;
        try (Connection connection = DriverManager.getConnection(url, env("DB_USER", "platform"), env("DB_PASSWORD", "platform"));
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, key);
            List<Sent> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new Sent(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the outbox of " + service, e);
        }
    }

    /** Every record on the topic with this key, read from the start of each partition to its current end. */
    static List<Sent> onKafka(String topic, String key) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Platform.kafkaBootstrap());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<Sent> records = new ArrayList<>();
            Instant giveUp = Instant.now().plusSeconds(60);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException("Could not read " + topic + " to its end in 60 s");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        records.add(new Sent(header(record, "ce_id"), header(record, "ce_type"), topic));
                    }
                }
            }
            return records;
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
