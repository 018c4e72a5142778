package org.jointcommissioning.common.outbox;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutboxProducerConfigTest {

    @Test
    void theRelaySpeaksToKafkaWithTheSameSecuritySettingsAsTheConsumers() {
        Properties config = OutboxProducer.configFrom(Map.of("bootstrap.servers", "kafka.internal:9093",
                "security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512"), 10_000);
        assertEquals("kafka.internal:9093", config.get("bootstrap.servers"));
        assertEquals("SASL_SSL", config.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", config.get("sasl.mechanism"));
    }

    @Test
    void theRelaysOwnGuaranteesCannotBeLoosenedByTheSharedSettings() {
        Properties config = OutboxProducer.configFrom(Map.of("bootstrap.servers", "k:9092", "acks", "0",
                "enable.idempotence", "false"), 10_000);
        assertEquals("all", config.get("acks"));
        assertEquals(true, config.get("enable.idempotence"));
    }
}
