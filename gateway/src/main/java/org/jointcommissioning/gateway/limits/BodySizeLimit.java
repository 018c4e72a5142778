package org.jointcommissioning.gateway.limits;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.jointcommissioning.gateway.problem.ProblemKind;
import org.jointcommissioning.gateway.problem.Problems;

/**
 * Refuses a request whose declared length is over the limit, before reading its body. Bodies sent without a
 * length are counted while they stream (see {@link SizeLimitedStream}).
 */
public class BodySizeLimit implements Handler<RoutingContext> {

    private final long maxBytes;

    public BodySizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void handle(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && declaredOver(length)) {
            tooLarge(context, maxBytes);
            return;
        }
        context.next();
    }

    /** Answers 413 and closes the connection, so the rest of the body is never read. */
    public static void tooLarge(RoutingContext context, long maxBytes) {
        context.response().putHeader("Connection", "close");
        Problems.send(context, ProblemKind.PAYLOAD_TOO_LARGE, overLimit(maxBytes));
    }

    public static String overLimit(long maxBytes) {
        return "The request body is over the limit of " + maxBytes + " bytes";
    }

    private boolean declaredOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
