package org.jointcommissioning.gateway.limits;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import org.jointcommissioning.contracts.http.BodyLimits;
import org.jointcommissioning.contracts.problem.ProblemType;
import org.jointcommissioning.gateway.problem.Problems;

/**
 * Refuses a request whose declared length is over the limit, before reading its body. Bodies sent without a
 * length are counted while they stream (see {@link SizeLimitedStream}).
 */
public class BodySizeLimit implements Handler<RoutingContext> {

    private static final long DRAIN_MILLIS = 5_000;

    private final BodyLimitPolicy limits;

    public BodySizeLimit(BodyLimitPolicy limits) {
        this.limits = limits;
    }

    @Override
    public void handle(RoutingContext context) {
        long maxBytes = limits.limitFor(context.request().path());
        if (BodyLimits.declaredOver(context.request().getHeader("Content-Length"), maxBytes)) {
            tooLarge(context, maxBytes);
            return;
        }
        context.next();
    }

    /** Answers 413 and closes the connection, so the rest of the body is never read. */
    public static void tooLarge(RoutingContext context, long maxBytes) {
        closeAfterAnswer(context.request());
        Problems.send(context, ProblemType.PAYLOAD_TOO_LARGE, BodyLimits.overLimit(maxBytes));
    }

    /**
     * An HTTP/1 connection still carrying an unread body cannot serve another request: say so, and once the
     * answer is out, discard what the client is still sending (closing at once would break its pipe before it
     * reads the answer) and close the connection when the body ends, or after a few seconds at the latest.
     * HTTP/2 ends just this stream.
     */
    public static void closeAfterAnswer(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_2) {
            return;
        }
        Vertx vertx = Vertx.currentContext().owner();
        request.response().putHeader("Connection", "close");
        request.response().endHandler(answered -> {
            if (request.isEnded()) {
                request.connection().close();
                return;
            }
            long deadline = vertx.setTimer(DRAIN_MILLIS, late -> request.connection().close());
            request.handler(discarded -> { });
            request.endHandler(ended -> {
                vertx.cancelTimer(deadline);
                request.connection().close();
            });
            request.resume();
        });
    }
}
