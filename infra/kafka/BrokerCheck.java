import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterResult;

/**
 * Readiness check for the local broker, run by infra/platform as a single-file Java program
 * ({@code java -cp '.cache/kafka/libs/*' infra/kafka/BrokerCheck.java 127.0.0.1:9092}): an open port is not enough,
 * the broker must answer a metadata request with a controller and at least one live node.
 */
public class BrokerCheck {

    public static void main(String[] args) throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args.length > 0 ? args[0] : "127.0.0.1:9092");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "8000");
        try (Admin admin = Admin.create(config)) {
            DescribeClusterResult cluster = admin.describeCluster();
            int nodes = cluster.nodes().get(10, TimeUnit.SECONDS).size();
            String controller = String.valueOf(cluster.controller().get(10, TimeUnit.SECONDS));
            String id = cluster.clusterId().get(10, TimeUnit.SECONDS);
            System.out.println("cluster " + id + ", " + nodes + " node(s), controller " + controller);
            System.exit(nodes > 0 ? 0 : 1);
        } catch (Exception e) {
            System.out.println("broker not ready: " + e.getMessage());
            System.exit(1);
        }
    }
}
