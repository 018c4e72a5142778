package org.jointcommissioning.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.http.HttpMethod;
import jakarta.inject.Inject;
import org.jointcommissioning.gateway.config.GatewayConfig;
import org.jointcommissioning.gateway.routing.RouteTable;
import org.jointcommissioning.gateway.routing.Service;
import org.jointcommissioning.gateway.security.PublicReads;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway's route table and public reads agree with the services' committed API documents: every path has
 * exactly one owner, the service whose document declares it, and the reads open to anyone are exactly the
 * operations the documents declare public ({@code security: []}).
 */
@QuarkusTest
@QuarkusTestResource(GatewayTestResources.class)
class ContractRoutesResourceTest {

    private static final List<String> SERVICES = List.of("bidding", "budgets", "commissioning", "outcomes");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head");

    @Inject
    GatewayConfig config;

    @Test
    void everyDocumentedPathHasExactlyOneOwnerTheServiceThatDeclaresIt() throws IOException {
        RouteTable routes = new RouteTable(config);
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations()) {
            String path = operation.concretePath();
            String owner = routes.serviceFor(path).map(Service::name).orElse("nobody");
            TreeSet<String> claimants = new TreeSet<>();
            config.services().forEach((name, service) -> service.prefixes().forEach(prefix -> {
                if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                    claimants.add(name);
                }
            }));
            if (!owner.equals(operation.service()) || claimants.size() != 1) {
                wrong.add(operation + " is routed to " + owner + " (claimed by " + claimants + ")");
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void thePublicReadsAreExactlyTheOperationsTheDocumentsDeclarePublic() throws IOException {
        PublicReads reads = new PublicReads(config.publicReads());
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations()) {
            boolean open = reads.allows(HttpMethod.valueOf(operation.method().toUpperCase()), operation.concretePath());
            if (open != operation.isPublic()) {
                wrong.add(operation + (operation.isPublic() ? " is declared public but needs a token at the gateway"
                        : " needs a token by its document but the gateway lets anyone through"));
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void everyPublicReadPatternServesADocumentedPublicOperation() throws IOException {
        List<Operation> publicOperations = operations().stream().filter(Operation::isPublic).toList();
        for (String pattern : config.publicReads()) {
            PublicReads one = new PublicReads(List.of(pattern));
            assertTrue(publicOperations.stream().anyMatch(o -> one.allows(HttpMethod.GET, o.concretePath())),
                    pattern + " opens no operation that a document declares public");
        }
    }

    private record Operation(String service, String method, String path, boolean isPublic) {

        /** The path with each parameter filled in, as a client would send it. */
        String concretePath() {
            return path.replaceAll("\\{[^}]+}", "x1");
        }

        @Override
        public String toString() {
            return service + ": " + method.toUpperCase() + " " + path;
        }
    }

    private static List<Operation> operations() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Operation> operations = new ArrayList<>();
        for (String service : SERVICES) {
            String resource = "contracts/openapi/" + service + ".yaml";
            try (InputStream in = ContractRoutesResourceTest.class.getClassLoader().getResourceAsStream(resource)) {
                assertTrue(in != null, resource + " is not on the classpath");
                JsonNode paths = yaml.readTree(in).path("paths");
                for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> path = it.next();
                    for (String method : METHODS) {
                        JsonNode operation = path.getValue().get(method);
                        if (operation != null) {
                            JsonNode security = operation.get("security");
                            boolean isPublic = security != null && security.isArray() && security.isEmpty();
                            operations.add(new Operation(service, method, path.getKey(), isPublic));
                        }
                    }
                }
            }
        }
        assertTrue(operations.size() > 50, "the documents were read");
        return operations;
    }
}
