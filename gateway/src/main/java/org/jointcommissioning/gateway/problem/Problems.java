package org.jointcommissioning.gateway.problem;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.jointcommissioning.contracts.problem.ProblemType;
import org.jointcommissioning.gateway.web.Exchange;

/** Writes RFC 9457 problem bodies in the services' shape, naming the service when one is involved. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final int MAX_INSTANCE = 2000;

    private Problems() {
    }

    public static Buffer body(ProblemType kind, String detail, String path, String requestId, String service) {
        JsonObject problem = new JsonObject()
                .put("type", kind.uri())
                .put("title", kind.title())
                .put("status", kind.status())
                .put("detail", detail)
                .put("instance", clip(path))
                .put("requestId", requestId);
        if (service != null) {
            problem.put("service", service);
        }
        return problem.toBuffer();
    }

    /** Answers the request with a problem; the request body, if any, is not forwarded anywhere. */
    public static void send(RoutingContext context, ProblemType kind, String detail) {
        if (context.response().ended()) {
            return;
        }
        Buffer body = body(kind, detail, context.request().path(), Exchange.requestId(context), null);
        context.response()
                .setStatusCode(kind.status())
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(body);
    }

    /** The problem schema's limit on {@code instance}, as the services' toolkit keeps it. */
    private static String clip(String path) {
        return path == null || path.length() <= MAX_INSTANCE ? path : path.substring(0, MAX_INSTANCE - 1) + "…";
    }
}
