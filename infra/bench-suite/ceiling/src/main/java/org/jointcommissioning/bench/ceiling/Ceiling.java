package org.jointcommissioning.bench.ceiling;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;

/**
 * The ceiling: the most a Vert.x HTTP server on this machine answers, with one event loop per core as Quarkus has,
 * and nothing behind it. Every request is answered with the same small JSON document.
 *
 * java -cp ... org.jointcommissioning.bench.ceiling.Ceiling PORT
 */
public final class Ceiling {

    private static final Buffer HELLO = Buffer.buffer("{\"message\":\"hello\"}");

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int loops = Runtime.getRuntime().availableProcessors();
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(loops));
        for (int i = 0; i < loops; i++) {
            vertx.createHttpServer()
                    .requestHandler(request -> request.response()
                            .putHeader("Content-Type", "application/json")
                            .end(HELLO))
                    .listen(port, "127.0.0.1")
                    .onFailure(failure -> {
                        failure.printStackTrace();
                        System.exit(1);
                    });
        }
        System.out.println("ceiling listening on 127.0.0.1:" + port);
    }
}
