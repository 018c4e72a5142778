package org.jointcommissioning.gateway;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server standing in for one service. It answers every request with what it received (method,
 * URI, headers, body), is ready unless made otherwise (its /q/health/ready then answers 503 while it still
 * answers everything else), never answers a path ending in /slow, lists the requests it has seen at /__received so
 * that a test can prove a refused request never reached it, and stops listening when asked at /__close.
 */
final class FakeService {

    private final String name;
    private final HttpServer server;
    private final List<JsonObject> received = new CopyOnWriteArrayList<>();

    private final boolean ready;

    FakeService(Vertx vertx, String name) {
        this(vertx, name, true);
    }

    FakeService(Vertx vertx, String name, boolean ready) {
        this.name = name;
        this.ready = ready;
        server = vertx.createHttpServer().requestHandler(this::answer);
        server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().join();
    }

    String url() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    private void answer(HttpServerRequest request) {
        if (request.path().equals("/__received")) {
            request.response().putHeader("Content-Type", "application/json").end(new JsonArray(received).encode());
            return;
        }
        if (request.path().equals("/q/health/ready")) {
            request.response().setStatusCode(ready ? 200 : 503).putHeader("Content-Type", "application/json")
                    .end(ready ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
            return;
        }
        if (request.path().equals("/__close")) {
            // Answered first, then the port is closed: later connections are refused.
            request.response().putHeader("Connection", "close").end().onComplete(done -> server.close());
            return;
        }
        request.body().onSuccess(body -> {
            JsonObject echo = new JsonObject()
                    .put("service", name)
                    .put("method", request.method().name())
                    .put("uri", request.uri())
                    .put("headers", headers(request.headers()))
                    .put("bodyLength", body.length())
                    .put("body", body.length() <= 4096 ? body.toString() : null);
            received.add(new JsonObject().put("uri", request.uri()).put("headers", headers(request.headers())));
            if (!request.path().endsWith("/slow")) {
                request.response().putHeader("Content-Type", "application/json")
                        .putHeader("X-Served-By", name)
                        .putHeader("Keep-Alive", "timeout=5")
                        .end(echo.encode());
            }
        });
    }

    private static JsonObject headers(MultiMap headers) {
        JsonObject json = new JsonObject();
        headers.forEach(header -> json.put(header.getKey().toLowerCase(), header.getValue()));
        return json;
    }
}
