package org.jointcommissioning.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

import java.util.Map;

/**
 * A real Kafka broker (KRaft) for tests: the one named by {@code KAFKA_BOOTSTRAP_SERVERS} when set,
 * otherwise one started inside the test JVM on free ports and shared by every test class of the run.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedKafkaBroker broker;
    private static String bootstrapServers;

    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
            if (external != null && !external.isBlank()) {
                bootstrapServers = external;
            } else {
                broker = new EmbeddedKafkaBroker()
                        .withDeleteLogDirsOnClose(true)
                        .withAdditionalProperties(p -> {
                            p.put("group.initial.rebalance.delay.ms", "0");
                            p.put("auto.create.topics.enable", "true");
                            p.put("num.partitions", "3");
                        })
                        .start();
                bootstrapServers = broker.getAdvertisedListeners().replace("PLAINTEXT://", "");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> broker.close()));
            }
        }
        return bootstrapServers;
    }

    /** For a test resource that runs its own broker: test helpers such as {@link KafkaEvents} then use it. */
    public static synchronized void useBroker(String bootstrap) {
        bootstrapServers = bootstrap;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // Shared by the test classes of this JVM; closed when the JVM exits.
    }
}
