package org.jointcommissioning.gateway.web;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

import java.util.concurrent.TimeUnit;

/**
 * One line per request: method, path (without the query, which may carry personal data), status, duration,
 * request id and the caller's subject. Never a header value or a body, so never a token.
 */
public class AccessLog implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger("gateway.access");

    @Override
    public void handle(RoutingContext context) {
        long start = System.nanoTime();
        context.addEndHandler(result -> {
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            String subject = Exchange.subject(context);
            LOG.infof("%s %s %d %dms requestId=%s subject=%s",
                    context.request().method(), context.request().path(), context.response().getStatusCode(),
                    millis, Exchange.requestId(context), subject == null ? "-" : subject);
        });
        context.next();
    }
}
