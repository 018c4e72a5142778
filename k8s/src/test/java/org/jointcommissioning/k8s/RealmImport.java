package org.jointcommissioning.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders k8s/base/keycloak-realm-import.yaml from the realm file the local platform imports
 * (infra/keycloak/commissioning-realm.json), so that both stay one realm. A kustomize generator cannot put JSON into a
 * field of a custom resource, hence this rendering and the test that keeps its output current. For a cluster: the demo
 * users (and their passwords) are left out, the command-line client loses the password grant they were for, and its
 * redirect addresses become the public one.
 */
final class RealmImport {

    static final Path REALM = Manifests.ROOT.resolve("infra/keycloak/commissioning-realm.json");
    static final Path RENDERED = Manifests.ROOT.resolve("k8s/base/keycloak-realm-import.yaml");
    static final String PUBLIC_BASE_URL = "https://commissioning.example.org";

    private RealmImport() {
    }

    static String render() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode realm = (ObjectNode) json.readTree(REALM.toFile());
        realm.remove("users");
        for (JsonNode client : realm.path("clients")) {
            if ("platform-cli".equals(client.path("clientId").asText())) {
                ObjectNode cli = (ObjectNode) client;
                cli.put("directAccessGrantsEnabled", false);
                ArrayNode uris = cli.putArray("redirectUris");
                uris.add(PUBLIC_BASE_URL + "/*");
                ObjectNode attributes = cli.with("attributes");
                if (attributes.has("post.logout.redirect.uris")) {
                    attributes.put("post.logout.redirect.uris", PUBLIC_BASE_URL + "/*");
                }
            }
        }
        ObjectNode resource = json.createObjectNode();
        resource.put("apiVersion", "k8s.keycloak.org/v2beta1");
        resource.put("kind", "KeycloakRealmImport");
        resource.putObject("metadata").put("name", "commissioning-realm");
        ObjectNode spec = resource.putObject("spec");
        spec.put("keycloakCRName", "platform-keycloak");
        spec.set("realm", realm);
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .build());
        return "# Generated from infra/keycloak/commissioning-realm.json by RealmImport (k8s module tests): do not edit.\n"
                + "# Regenerate with: ./mvnw -pl k8s test -Dtest=RealmImportTest -Drealm.update=true\n"
                + yaml.writeValueAsString(resource);
    }

    static void write() throws IOException {
        Files.writeString(RENDERED, render());
    }
}
