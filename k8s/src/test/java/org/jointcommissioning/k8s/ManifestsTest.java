package org.jointcommissioning.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both overlays, rendered by kustomize, are valid objects and keep the rules that let them apply and run. */
class ManifestsTest {

    /**
     * Kinds whose released CRDs no registry this build reaches ships (Maven Central, npm, Debian): checked by the rules
     * below only. Anything else without a schema fails.
     */
    static final Set<String> WITHOUT_SCHEMA = Set.of("postgresql.cnpg.io/v1/Cluster", "postgresql.cnpg.io/v1/Database",
            "postgresql.cnpg.io/v1/ScheduledBackup", "barmancloud.cnpg.io/v1/ObjectStore", "k8s.keycloak.org/v2beta1/Keycloak",
            "k8s.keycloak.org/v2beta1/KeycloakRealmImport");

    /** Secrets the installer creates before the first apply (k8s/README.md lists each with its keys). */
    static final Set<String> INSTALLER_SECRETS = Set.of("platform-db-commissioning", "platform-db-bidding",
            "platform-db-budgets", "platform-db-outcomes", "platform-db-backup-s3", "commissioning-tls", "login-tls",
            "bidding-documents-kek");

    static final Set<String> CLUSTER_SCOPED = Set.of("Namespace");
    static final List<String> SERVICES = List.of("commissioning", "bidding", "budgets", "outcomes");

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void everyObjectMatchesTheSchemaOfItsKind(String overlay) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode object : Manifests.of(overlay)) {
            String key = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
            if (WITHOUT_SCHEMA.contains(key)) {
                continue;
            }
            if (!Schemas.known(object)) {
                problems.add(Manifests.describe(object) + ": no schema for " + key);
                continue;
            }
            Schemas.violations(object).forEach(v -> problems.add(Manifests.describe(object) + ": " + v));
        }
        assertNone(overlay, "objects that do not match their schema", problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void everyObjectIsInThePlatformsNamespace(String overlay) {
        List<String> problems = Manifests.of(overlay).stream()
                .filter(o -> !CLUSTER_SCOPED.contains(o.path("kind").asText()))
                .filter(o -> !Manifests.NAMESPACE.equals(o.path("metadata").path("namespace").asText()))
                .map(o -> Manifests.describe(o) + " has namespace '" + o.path("metadata").path("namespace").asText() + "'")
                .toList();
        assertNone(overlay, "objects outside " + Manifests.NAMESPACE, problems);
    }

    @Test
    void productionAutoscalesEveryStatelessWorkloadAndLeavesItsReplicasAlone() {
        List<ObjectNode> objects = Manifests.of("production");
        List<String> problems = new ArrayList<>();
        Set<String> scaled = new TreeSet<>();
        for (ObjectNode hpa : ofKind(objects, "HorizontalPodAutoscaler")) {
            JsonNode target = hpa.path("spec").path("scaleTargetRef");
            String namespace = hpa.path("metadata").path("namespace").asText();
            JsonNode deployment = objects.stream()
                    .filter(o -> o.path("kind").asText().equals(target.path("kind").asText()))
                    .filter(o -> o.path("metadata").path("name").asText().equals(target.path("name").asText()))
                    .filter(o -> o.path("metadata").path("namespace").asText().equals(namespace))
                    .findFirst().orElse(null);
            if (deployment == null) {
                problems.add(Manifests.describe(hpa) + " targets " + target.path("kind").asText() + "/"
                        + target.path("name").asText() + ", which is not in its namespace '" + namespace + "'");
            } else if (deployment.path("spec").has("replicas")) {
                problems.add(Manifests.describe(deployment) + " sets replicas although " + Manifests.describe(hpa)
                        + " owns them: every apply would reset the autoscaler's count");
            }
            scaled.add(target.path("name").asText());
        }
        assertNone("production", "autoscaling mistakes", problems);
        assertEquals(names(ofKind(objects, "Deployment")), scaled, "every Deployment of production is autoscaled");
    }

    @Test
    void productionPinsEveryImageByDigest() {
        List<String> problems = new ArrayList<>();
        for (ObjectNode deployment : ofKind(Manifests.of("production"), "Deployment")) {
            for (JsonNode container : deployment.path("spec").path("template").path("spec").path("containers")) {
                String image = container.path("image").asText();
                if (!image.matches("[^@:]+(:[^@]+)?@sha256:[0-9a-f]{64}")) {
                    problems.add(Manifests.describe(deployment) + " runs " + image + ", not an image by digest");
                }
            }
        }
        assertNone("production", "images not pinned", problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void kafkaReplicationFitsTheBrokers(String overlay) {
        List<ObjectNode> objects = Manifests.of(overlay);
        int brokers = ofKind(objects, "KafkaNodePool").stream()
                .filter(pool -> pool.path("spec").path("roles").toString().contains("broker"))
                .mapToInt(pool -> pool.path("spec").path("replicas").asInt()).sum();
        List<String> problems = new ArrayList<>();
        for (ObjectNode kafka : ofKind(objects, "Kafka")) {
            JsonNode config = kafka.path("spec").path("kafka").path("config");
            for (String factor : List.of("offsets.topic.replication.factor", "transaction.state.log.replication.factor",
                    "default.replication.factor", "min.insync.replicas", "transaction.state.log.min.isr")) {
                if (config.path(factor).asInt(0) > brokers) {
                    problems.add(Manifests.describe(kafka) + ": " + factor + " " + config.path(factor).asInt() + " > "
                            + brokers + " broker(s)");
                }
            }
        }
        for (ObjectNode topic : ofKind(objects, "KafkaTopic")) {
            int replicas = topic.path("spec").path("replicas").asInt(brokers);
            int minInSync = topic.path("spec").path("config").path("min.insync.replicas").asInt(1);
            if (replicas > brokers) {
                problems.add(Manifests.describe(topic) + ": replicas " + replicas + " > " + brokers + " broker(s)");
            }
            if (minInSync > replicas) {
                problems.add(Manifests.describe(topic) + ": min.insync.replicas " + minInSync + " > replicas " + replicas);
            }
        }
        assertTrue(brokers > 0, overlay + ": no broker");
        assertNone(overlay, "Kafka settings its brokers cannot meet", problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void everyReferencedSecretExistsOrIsMadeByAnOperatorOrTheInstaller(String overlay) throws IOException {
        List<ObjectNode> objects = Manifests.of(overlay);
        Set<String> available = new HashSet<>(names(ofKind(objects, "Secret")));
        available.addAll(operatorSecrets(objects));
        available.addAll(INSTALLER_SECRETS);
        List<String> problems = new ArrayList<>();
        secretReferences(objects).forEach((secret, users) -> {
            if (!available.contains(secret)) {
                problems.add(secret + ", read by " + users + ", is neither in the manifests nor made by an operator"
                        + " nor listed as the installer's");
            }
        });
        String readme = Files.readString(Manifests.ROOT.resolve("k8s/README.md"));
        INSTALLER_SECRETS.stream().filter(s -> !readme.contains("`" + s + "`"))
                .forEach(s -> problems.add(s + " is the installer's to create but k8s/README.md does not say so"));
        assertNone(overlay, "Secrets nobody creates", problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void everyIngressHasTlsAndAClass(String overlay) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode ingress : ofKind(Manifests.of(overlay), "Ingress")) {
            JsonNode spec = ingress.path("spec");
            if (spec.path("ingressClassName").asText().isEmpty()) {
                problems.add(Manifests.describe(ingress) + " has no ingressClassName");
            }
            Set<String> tlsHosts = new HashSet<>();
            spec.path("tls").forEach(tls -> tls.path("hosts").forEach(h -> tlsHosts.add(h.asText())));
            spec.path("rules").forEach(rule -> {
                if (!tlsHosts.contains(rule.path("host").asText())) {
                    problems.add(Manifests.describe(ingress) + " serves " + rule.path("host").asText() + " without TLS");
                }
            });
        }
        assertNone(overlay, "Ingresses without TLS or class", problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void incomingTrafficIsClosedExceptWhereAPolicyOpensIt(String overlay) {
        List<ObjectNode> objects = Manifests.of(overlay);
        List<ObjectNode> policies = ofKind(objects, "NetworkPolicy");
        boolean defaultDeny = policies.stream().anyMatch(p -> p.path("spec").path("podSelector").isEmpty()
                && p.path("spec").path("policyTypes").toString().contains("Ingress") && !p.path("spec").has("ingress"));
        List<String> problems = new ArrayList<>();
        if (!defaultDeny) {
            problems.add("no default-deny NetworkPolicy (empty podSelector, Ingress, no rule)");
        }
        for (ObjectNode deployment : ofKind(objects, "Deployment")) {
            JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");
            boolean selected = policies.stream().map(p -> p.path("spec").path("podSelector").path("matchLabels"))
                    .filter(selector -> !selector.isEmpty())
                    .anyMatch(selector -> matches(selector, labels));
            if (!selected) {
                problems.add(Manifests.describe(deployment) + ": no NetworkPolicy selects its pods");
            }
        }
        for (String service : SERVICES) {
            ObjectNode policy = named(policies, service);
            if (policy == null || !policy.path("spec").path("ingress").toString()
                    .equals("[{\"from\":[{\"podSelector\":{\"matchLabels\":{\"app.kubernetes.io/name\":\"gateway\"}}}],"
                            + "\"ports\":[{\"port\":8080}]}]")) {
                problems.add("NetworkPolicy/" + service + " must let the gateway, and only the gateway, reach it");
            }
        }
        assertNone(overlay, "network policy gaps", problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void eachServiceHasItsOwnKafkaUserDatabaseAndRole(String overlay) {
        List<ObjectNode> objects = Manifests.of(overlay);
        Set<String> topics = ofKind(objects, "KafkaTopic").stream()
                .map(t -> t.path("spec").path("topicName").asText()).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (ObjectNode user : ofKind(objects, "KafkaUser")) {
            for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                JsonNode resource = acl.path("resource");
                if (resource.path("type").asText().equals("topic") && !topics.contains(resource.path("name").asText())) {
                    problems.add(Manifests.describe(user) + " has an ACL on topic " + resource.path("name").asText()
                            + ", which no KafkaTopic declares");
                }
            }
        }
        ObjectNode cluster = named(ofKind(objects, "Cluster"), "platform-db");
        Map<String, String> rolePasswords = new java.util.HashMap<>();
        cluster.path("spec").path("managed").path("roles").forEach(
                role -> rolePasswords.put(role.path("name").asText(), role.path("passwordSecret").path("name").asText()));
        Map<String, String> owners = ofKind(objects, "Database").stream().collect(Collectors.toMap(
                d -> d.path("spec").path("name").asText(), d -> d.path("spec").path("owner").asText()));
        for (String service : SERVICES) {
            JsonNode env = named(ofKind(objects, "Deployment"), service).path("spec").path("template").path("spec")
                    .path("containers").get(0).path("env");
            String database = envValue(env, "DB_NAME");
            String userSecret = envSecret(env, "DB_USER");
            String owner = owners.get(database);
            if (owner == null) {
                problems.add(service + " uses database '" + database + "', which no Database creates");
            } else if (!userSecret.equals(rolePasswords.get(owner))) {
                problems.add(service + " logs in with Secret " + userSecret + ", not that of its database's owner "
                        + owner + " (" + rolePasswords.get(owner) + ")");
            }
            String kafkaSecret = envSecret(env, "KAFKA_SASL_JAAS_CONFIG");
            if (named(ofKind(objects, "KafkaUser"), kafkaSecret) == null) {
                problems.add(service + " reads Kafka credentials from " + kafkaSecret + ", which is no KafkaUser's");
            }
        }
        assertEquals(SERVICES.size(), new HashSet<>(owners.values()).size(), "one owner per service database");
        assertNone(overlay, "shared or missing credentials", problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void theGatewaysShareOfTheRateLimitMatchesItsReplicas(String overlay) {
        List<ObjectNode> objects = Manifests.of(overlay);
        ObjectNode gateway = named(ofKind(objects, "Deployment"), "gateway");
        ObjectNode autoscaler = ofKind(objects, "HorizontalPodAutoscaler").stream()
                .filter(h -> h.path("spec").path("scaleTargetRef").path("name").asText().equals("gateway"))
                .findFirst().orElse(null);
        // Without an autoscaler the Deployment's count; with one, its floor: at most maxReplicas / minReplicas
        // times the limit while it has scaled out (k8s/README.md, "Rate limit").
        int replicas = autoscaler == null ? gateway.path("spec").path("replicas").asInt(1)
                : autoscaler.path("spec").path("minReplicas").asInt(1);
        String share = envValue(containerEnv(gateway), "RATE_LIMIT_REPLICAS");
        assertEquals(String.valueOf(replicas), share, overlay + ": the gateway's RATE_LIMIT_REPLICAS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void theGatewayTrustsForwardedHeadersOnlyFromTheIngressController(String overlay) {
        List<ObjectNode> objects = Manifests.of(overlay);
        List<String> problems = new ArrayList<>();
        String trusted = envValue(containerEnv(named(ofKind(objects, "Deployment"), "gateway")), "TRUSTED_PROXIES");
        if (trusted.isBlank()) {
            problems.add("the gateway sets no TRUSTED_PROXIES: behind the Ingress every caller would be the controller");
        }
        for (String range : trusted.split(",")) {
            if (!range.strip().matches("\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?")) {
                problems.add("TRUSTED_PROXIES entry '" + range + "' is not an IPv4 address or CIDR range");
            }
        }
        // Only the ingress controller may connect to the public port, so only it can name a caller.
        for (ObjectNode policy : selecting(ofKind(objects, "NetworkPolicy"), "gateway", objects)) {
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                boolean publicPort = rule.path("ports").isEmpty()
                        || rule.path("ports").toString().contains("\"port\":8080");
                boolean onlyController = rule.path("from").size() == 1 && rule.path("from").get(0).toString()
                        .equals("{\"namespaceSelector\":{\"matchLabels\":{\"kubernetes.io/metadata.name\":\"ingress-nginx\"}}}");
                if (publicPort && !onlyController) {
                    problems.add(Manifests.describe(policy) + " lets more than the ingress controller reach the gateway's"
                            + " port 8080: " + rule.path("from"));
                }
            }
        }
        assertNone(overlay, "gaps in whom the gateway trusts", problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void prometheusMayScrapeEveryPortAServiceMonitorNames(String overlay) {
        List<ObjectNode> objects = Manifests.of(overlay);
        List<String> problems = new ArrayList<>();
        for (ObjectNode monitor : ofKind(objects, "ServiceMonitor")) {
            JsonNode selector = monitor.path("spec").path("selector");
            List<ObjectNode> services = ofKind(objects, "Service").stream()
                    .filter(service -> selects(selector, service.path("metadata").path("labels"))).toList();
            if (services.isEmpty()) {
                problems.add(Manifests.describe(monitor) + " selects no Service");
            }
            for (JsonNode endpoint : monitor.path("spec").path("endpoints")) {
                String portName = endpoint.path("port").asText();
                for (ObjectNode service : services) {
                    String name = service.path("metadata").path("name").asText();
                    JsonNode servicePort = find(service.path("spec").path("ports"),
                            p -> p.path("name").asText().equals(portName));
                    if (servicePort.isMissingNode()) {
                        problems.add(Manifests.describe(service) + " has no port '" + portName + "' for "
                                + Manifests.describe(monitor));
                        continue;
                    }
                    ObjectNode deployment = named(ofKind(objects, "Deployment"), name);
                    JsonNode containerPort = find(deployment.path("spec").path("template").path("spec")
                            .path("containers").get(0).path("ports"),
                            p -> p.path("name").asText().equals(servicePort.path("targetPort").asText()));
                    if (containerPort.isMissingNode()) {
                        problems.add(Manifests.describe(deployment) + " has no container port '"
                                + servicePort.path("targetPort").asText() + "'");
                        continue;
                    }
                    int port = containerPort.path("containerPort").asInt();
                    boolean admitted = selecting(ofKind(objects, "NetworkPolicy"), name, objects).stream()
                            .flatMap(policy -> java.util.stream.StreamSupport.stream(
                                    policy.path("spec").path("ingress").spliterator(), false))
                            .anyMatch(rule -> rule.path("from").toString().contains("\"app.kubernetes.io/name\":\"prometheus\"")
                                    && rule.path("ports").toString().contains("\"port\":" + port));
                    if (!admitted) {
                        problems.add("no NetworkPolicy lets Prometheus reach " + name + "'s port " + port + " ("
                                + portName + ")");
                    }
                    if (portName.equals("management")
                            && !envValue(containerEnv(deployment), "MANAGEMENT_HOST").equals("0.0.0.0")) {
                        problems.add(Manifests.describe(deployment) + " serves its management port on loopback only:"
                                + " set MANAGEMENT_HOST=0.0.0.0");
                    }
                }
            }
        }
        assertNone(overlay, "metrics Prometheus cannot reach", problems);
    }

    /** The NetworkPolicies whose pod selector takes the pods of this Deployment. */
    private static List<ObjectNode> selecting(List<ObjectNode> policies, String deployment, List<ObjectNode> objects) {
        JsonNode labels = named(ofKind(objects, "Deployment"), deployment).path("spec").path("template")
                .path("metadata").path("labels");
        return policies.stream().filter(p -> selects(p.path("spec").path("podSelector"), labels)).toList();
    }

    /** A label selector (matchLabels, and matchExpressions with In) takes these labels; an empty one takes all. */
    private static boolean selects(JsonNode selector, JsonNode labels) {
        if (!matches(selector.path("matchLabels"), labels)) {
            return false;
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String value = labels.path(expression.path("key").asText()).asText(null);
            boolean in = false;
            for (JsonNode allowed : expression.path("values")) {
                in |= allowed.asText().equals(value);
            }
            if (!expression.path("operator").asText().equals("In") || !in) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode containerEnv(ObjectNode deployment) {
        return deployment.path("spec").path("template").path("spec").path("containers").get(0).path("env");
    }

    /** Secrets the operators make from the rendered resources. */
    static Set<String> operatorSecrets(List<ObjectNode> objects) {
        Set<String> secrets = new TreeSet<>();
        // Strimzi: the cluster CA certificate of each Kafka, and one Secret per KafkaUser, named after it.
        ofKind(objects, "Kafka").forEach(k -> secrets.add(k.path("metadata").path("name").asText() + "-cluster-ca-cert"));
        secrets.addAll(names(ofKind(objects, "KafkaUser")));
        // CloudNativePG: <cluster>-app for the bootstrap database's owner when no Secret is given for it.
        ofKind(objects, "Cluster").stream()
                .filter(c -> !c.path("spec").path("bootstrap").path("initdb").has("secret"))
                .forEach(c -> secrets.add(c.path("metadata").path("name").asText() + "-app"));
        return secrets;
    }

    /** Every Secret a pod template or an operator's resource reads, with who reads it. */
    static Map<String, Set<String>> secretReferences(List<ObjectNode> objects) {
        Map<String, Set<String>> references = new java.util.TreeMap<>();
        for (ObjectNode object : objects) {
            Set<String> names = new TreeSet<>();
            collect(object.path("spec").path("template").path("spec"), names);
            switch (object.path("kind").asText()) {
                case "Keycloak" -> collect(object.path("spec").path("db"), names);
                case "Cluster" -> object.path("spec").path("managed").path("roles")
                        .forEach(r -> names.add(r.path("passwordSecret").path("name").asText()));
                case "ObjectStore" -> collect(object.path("spec").path("configuration"), names);
                case "Ingress" -> object.path("spec").path("tls").forEach(t -> names.add(t.path("secretName").asText()));
                default -> {
                }
            }
            names.forEach(n -> references.computeIfAbsent(n, k -> new TreeSet<>()).add(Manifests.describe(object)));
        }
        return references;
    }

    /** Secret names below a node: secretKeyRef, secretRef, secret volumes, and the operators' {name, key} pairs. */
    private static void collect(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String key = field.getKey();
                JsonNode value = field.getValue();
                if ((key.equals("secretKeyRef") || key.equals("secretRef")) && value.has("name")) {
                    names.add(value.path("name").asText());
                } else if (key.equals("secret") && value.has("secretName")) {
                    names.add(value.path("secretName").asText());
                } else if (key.toLowerCase().contains("secret") && value.has("name")) {
                    names.add(value.path("name").asText());
                }
                collect(value, names);
            });
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, names));
        }
    }

    private static boolean matches(JsonNode selector, JsonNode labels) {
        for (var it = selector.fields(); it.hasNext();) {
            var entry = it.next();
            if (!entry.getValue().asText().equals(labels.path(entry.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private static String envValue(JsonNode env, String name) {
        return find(env, e -> e.path("name").asText().equals(name)).path("value").asText();
    }

    private static String envSecret(JsonNode env, String name) {
        return find(env, e -> e.path("name").asText().equals(name)).path("valueFrom").path("secretKeyRef").path("name")
                .asText();
    }

    private static JsonNode find(JsonNode array, Predicate<JsonNode> test) {
        for (JsonNode item : array) {
            if (test.test(item)) {
                return item;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    static List<ObjectNode> ofKind(List<ObjectNode> objects, String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    static ObjectNode named(List<ObjectNode> objects, String name) {
        return objects.stream().filter(o -> o.path("metadata").path("name").asText().equals(name)).findFirst()
                .orElse(null);
    }

    static Set<String> names(List<ObjectNode> objects) {
        return objects.stream().map(o -> o.path("metadata").path("name").asText())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void assertNone(String overlay, String what, List<String> problems) {
        assertTrue(problems.isEmpty(), overlay + ": " + problems.size() + " " + what + ":\n  - "
                + String.join("\n  - ", problems));
    }
}
