package org.jointcommissioning.gateway.web;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Response headers that keep browsers from sniffing, framing or leaking API answers. API responses also get a
 * content security policy that allows nothing (they are data, never pages); the documentation page needs scripts.
 */
public class SecurityHeaders implements Handler<RoutingContext> {

    @Override
    public void handle(RoutingContext context) {
        boolean api = context.request().path().startsWith("/api/");
        context.addHeadersEndHandler(v -> {
            MultiMap headers = context.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            if (api) {
                headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
                if (!headers.contains("Cache-Control")) {
                    headers.set("Cache-Control", "no-store");
                }
            }
        });
        context.next();
    }
}
