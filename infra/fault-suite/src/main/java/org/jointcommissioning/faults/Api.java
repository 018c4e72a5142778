package org.jointcommissioning.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Requests through the gateway with tokens minted ahead (infra/platform token) and renewed before they expire. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Longer than the gateway's upstream timeout (30 s): a request that hangs past it is a finding, not a wait. */
    static final Duration TIMEOUT = Duration.ofSeconds(40);

    /** An answer; status 0 when no answer came (refused, reset, timed out), with the error as text. */
    record Answer(int status, JsonNode body, String text, Duration took) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        String id() {
            return body.path("id").asText();
        }

        boolean isProblem() {
            return body.has("type") && body.has("status");
        }
    }

    private record Token(String value, Instant renewAfter) {
    }

    private final Platform platform;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    Api(Platform platform) {
        this.platform = platform;
    }

    Answer get(String user, String path) {
        return call(user, "GET", path, null, null);
    }

    /** A write with its idempotency key: sending the same key and body again is the client's retry. */
    Answer post(String user, String path, String body, String idempotencyKey) {
        return call(user, "POST", path, body, idempotencyKey);
    }

    Answer put(String user, String path, String body) {
        return call(user, "PUT", path, body, null);
    }

    /**
     * One request; a 429 of the gateway's rate limit (all the suite's callers share one address) never reached a
     * service, so it is waited out and sent again.
     */
    Answer call(String user, String method, String path, String body, String idempotencyKey) {
        for (int attempt = 1; ; attempt++) {
            Answer answer = once(user, method, path, body, idempotencyKey);
            if (answer.status() != 429 || attempt == 300) {
                return answer;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return answer;
            }
        }
    }

    private Answer once(String user, String method, String path, String body, String idempotencyKey) {
        Instant start = Instant.now();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.gateway() + path)).timeout(TIMEOUT)
                    .header("Accept", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (user != null) {
                request.header("Authorization", "Bearer " + token(user));
            }
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json;
            try {
                json = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
            } catch (IOException e) {
                json = JSON.nullNode();
            }
            return new Answer(response.statusCode(), json, response.body(), Duration.between(start, Instant.now()));
        } catch (IOException e) {
            return new Answer(0, JSON.nullNode(), e.toString(), Duration.between(start, Instant.now()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, JSON.nullNode(), "interrupted", Duration.between(start, Instant.now()));
        }
    }

    /** The call, which must answer one of the statuses (setting up, not under a fault). */
    Answer expect(Answer answer, String what, int... statuses) {
        for (int status : statuses) {
            if (answer.status() == status) {
                return answer;
            }
        }
        throw new IllegalStateException(what + " answered " + answer.status() + ": " + answer.text());
    }

    /** Repeats a call until it answers one of the statuses: another service learns of a change a moment later. */
    Answer eventually(java.util.function.Supplier<Answer> call, String what, int... statuses) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            Answer answer = call.get();
            for (int status : statuses) {
                if (answer.status() == status) {
                    return answer;
                }
            }
            if (System.nanoTime() > end) {
                throw new IllegalStateException(what + " still answers " + answer.status() + ": " + answer.text());
            }
            Thread.sleep(500);
        }
    }

    String token(String user) throws IOException, InterruptedException {
        Token token = tokens.get(user);
        if (token == null || Instant.now().isAfter(token.renewAfter())) {
            String value = platform.token(user);
            token = new Token(value, expiry(value).minusSeconds(60));
            tokens.put(user, token);
        }
        return token.value();
    }

    /** When a JWT expires, from its exp claim. */
    private static Instant expiry(String jwt) throws IOException {
        String[] parts = jwt.split("\\.");
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        return Instant.ofEpochSecond(claims.path("exp").asLong());
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
