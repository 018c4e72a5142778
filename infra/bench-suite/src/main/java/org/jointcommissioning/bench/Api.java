package org.jointcommissioning.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Calls to the platform's API (straight to the owning service) and to Keycloak, for loading and for tokens. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    record Answer(int status, JsonNode body, String text, HttpResponse<String> raw) {
        String id() {
            return body.path("id").asText();
        }
    }

    private final Platform platform;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final Map<String, String> tokens = new ConcurrentHashMap<>();

    Api(Platform platform) {
        this.platform = platform;
    }

    /** A call as a user (null: anonymous) to the service that owns the path. */
    Answer call(String user, String method, String service, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.url(service) + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        if (body != null) {
            request.header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = null;
        try {
            json = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            json = JSON.nullNode();
        }
        return new Answer(response.statusCode(), json, response.body(), response);
    }

    /** The same call, which must answer one of the statuses. */
    Answer expect(String user, String method, String service, String path, String body, int... statuses)
            throws IOException, InterruptedException {
        Answer answer = call(user, method, service, path, body);
        for (int status : statuses) {
            if (answer.status() == status) {
                return answer;
            }
        }
        throw new IllegalStateException(method + " " + path + " as " + user + " answered " + answer.status() + ": "
                + answer.text());
    }

    /**
     * The call repeated until it answers one of the statuses: another service learns of a change through Kafka a
     * moment later (a fund's members, a published opportunity), and until then refuses.
     */
    Answer eventually(String user, String method, String service, String path, String body, int... statuses)
            throws IOException, InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Answer answer = call(user, method, service, path, body);
            for (int status : statuses) {
                if (answer.status() == status) {
                    return answer;
                }
            }
            if (System.nanoTime() > end) {
                throw new IllegalStateException(method + " " + path + " as " + user + " still answers "
                        + answer.status() + ": " + answer.text());
            }
            Thread.sleep(250);
        }
    }

    /** A password-grant token, minted once per user before the load (Keycloak is not what is measured). */
    String token(String user) throws IOException, InterruptedException {
        String token = tokens.get(user);
        if (token == null) {
            String form = "grant_type=password&client_id=platform-cli&password=demo&username="
                    + URLEncoder.encode(user, StandardCharsets.UTF_8);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(platform.realm()
                            + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            token = JSON.readTree(response.body()).path("access_token").asText();
            if (token.isEmpty()) {
                throw new IllegalStateException("no token for " + user + ": " + response.body());
            }
            tokens.put(user, token);
        }
        return token;
    }

    /**
     * Bidders of the bench's own (bench-bidder-N, organisation bench-org-N, role bidder), made in the realm through
     * Keycloak's admin API if missing: the realm's two demo bidders could not bid in parallel on one lot.
     */
    void ensureBidder(String adminToken, String username, String orgId) throws IOException, InterruptedException {
        String admin = "http://127.0.0.1:" + platform.keycloakPort + "/admin/realms/commissioning";
        String user = JSON.writeValueAsString(Map.of("username", username, "enabled", true, "emailVerified", true,
                "email", username + "@bench.example.org", "firstName", "Bench", "lastName", username,
                "attributes", Map.of("org_id", new String[]{orgId}),
                "credentials", new Object[]{Map.of("type", "password", "value", "demo", "temporary", false)}));
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(admin + "/users"))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() == 409) {
            return; // made by an earlier run, with its role
        }
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Keycloak refused user " + username + ": " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        String role = http.send(HttpRequest.newBuilder(URI.create(admin + "/roles/bidder"))
                .header("Authorization", "Bearer " + adminToken).build(), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> mapped = http.send(HttpRequest.newBuilder(URI.create(location + "/role-mappings/realm"))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + role + "]")).build(), HttpResponse.BodyHandlers.ofString());
        if (mapped.statusCode() != 204) {
            throw new IllegalStateException("Keycloak refused the bidder role for " + username + ": " + mapped.body());
        }
    }

    /** A token of Keycloak's own administrator (master realm), to add the bench's bidders. */
    String keycloakAdminToken() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(Platform.env("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(Platform.env("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + platform.keycloakPort + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String token = JSON.readTree(response.body()).path("access_token").asText();
        if (token.isEmpty()) {
            throw new IllegalStateException("no Keycloak admin token: " + response.body());
        }
        return token;
    }
}
