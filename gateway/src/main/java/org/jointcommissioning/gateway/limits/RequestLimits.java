package org.jointcommissioning.gateway.limits;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import org.jointcommissioning.contracts.problem.ProblemType;
import org.jointcommissioning.gateway.problem.Problems;

import java.util.Map;

/**
 * Refuses an over-long address (414) or over-large headers (431) with a problem. The HTTP parser is set to let them
 * through (quarkus.http.limits) so that a client gets a problem document, never the parser's bare status.
 */
public class RequestLimits implements Handler<RoutingContext> {

    public static final int MAX_URI_LENGTH = 8192;
    public static final int MAX_HEADERS_SIZE = 16384;

    @Override
    public void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > MAX_URI_LENGTH) {
            Problems.send(context, ProblemType.URI_TOO_LONG, "The address is longer than " + MAX_URI_LENGTH + " characters");
            return;
        }
        int size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + header.getValue().length();
        }
        if (size > MAX_HEADERS_SIZE) {
            Problems.send(context, ProblemType.HEADERS_TOO_LARGE, "The headers are larger than " + MAX_HEADERS_SIZE + " bytes");
            return;
        }
        context.next();
    }
}
