package org.jointcommissioning.gateway.web;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

import java.util.concurrent.TimeUnit;

/**
 * One line per request: method, path (without the query, which may carry personal data), status, duration,
 * request id, trace id, and the caller's subject and organisation. Never a header value or a body, so never a token.
 */
public class AccessLog implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger("gateway.access");

    @Override
    public void handle(RoutingContext context) {
        long start = System.nanoTime();
        context.addEndHandler(result -> {
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            SpanContext span = Span.current().getSpanContext();
            LOG.infof("%s %s %d %dms requestId=%s trace=%s subject=%s org=%s",
                    context.request().method(), context.request().path(), context.response().getStatusCode(),
                    millis, Exchange.requestId(context), span.isValid() ? span.getTraceId() : "-",
                    orDash(Exchange.subject(context)), orDash(Exchange.org(context)));
        });
        context.next();
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
