package org.jointcommissioning.common.outbox;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import org.jointcommissioning.testing.KafkaBrokerResource;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A real Kafka broker that the application reaches only through a {@link TcpProxy}: the broker
 * advertises the proxy's address, so cutting the proxy takes Kafka away from every client.
 */
public class KafkaThroughProxyResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedKafkaBroker broker;
    private static TcpProxy proxy;

    public static TcpProxy proxy() {
        return proxy;
    }

    @Override
    public Map<String, String> start() {
        try {
            int kafkaPort = freePort();
            proxy = new TcpProxy(kafkaPort);
            broker = new EmbeddedKafkaBroker()
                    .withKafkaPort(kafkaPort)
                    .withAdvertisedListeners("PLAINTEXT://127.0.0.1:" + proxy.port())
                    .withDeleteLogDirsOnClose(true)
                    .withAdditionalProperties(p -> p.put("group.initial.rebalance.delay.ms", "0"))
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String bootstrap = "127.0.0.1:" + proxy.port();
        KafkaBrokerResource.useBroker(bootstrap);
        return Map.of("kafka.bootstrap.servers", bootstrap);
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
