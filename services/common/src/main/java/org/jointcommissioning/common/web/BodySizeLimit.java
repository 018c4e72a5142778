package org.jointcommissioning.common.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.problem.ProblemType;

/**
 * Refuses a request whose declared body is over the limit with a 413 problem, before reading it.
 * (The HTTP server's own limit, set higher, still guards bodies sent without a length.)
 */
@ApplicationScoped
public class BodySizeLimit {

    @ConfigProperty(name = "platform.http.max-body-size", defaultValue = "1M")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && isOver(length)) {
                String requestId = RequestIds.acceptOrCreate(context.request().getHeader(RequestIds.HEADER));
                JsonObject problem = new JsonObject()
                        .put("type", ProblemType.PAYLOAD_TOO_LARGE.uri())
                        .put("title", ProblemType.PAYLOAD_TOO_LARGE.title())
                        .put("status", 413)
                        .put("detail", "The request body is over the limit of " + maxBodySize.asLongValue() + " bytes")
                        .put("instance", context.request().path())
                        .put("requestId", requestId);
                context.response().setStatusCode(413)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader(RequestIds.HEADER, requestId)
                        .putHeader("Connection", "close")
                        .end(problem.encode());
                return;
            }
            context.next();
        });
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
