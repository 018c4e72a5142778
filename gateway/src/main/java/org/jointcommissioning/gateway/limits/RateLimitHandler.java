package org.jointcommissioning.gateway.limits;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.jointcommissioning.gateway.problem.ProblemKind;
import org.jointcommissioning.gateway.problem.Problems;
import org.jointcommissioning.gateway.web.Exchange;

/** Limits each caller's rate: by token subject, or by client address for anonymous reads. */
public class RateLimitHandler implements Handler<RoutingContext> {

    private final TokenBuckets buckets;

    public RateLimitHandler(TokenBuckets buckets) {
        this.buckets = buckets;
    }

    @Override
    public void handle(RoutingContext context) {
        String subject = Exchange.subject(context);
        String caller = subject != null ? "subject:" + subject : "address:" + context.request().remoteAddress().host();
        TokenBuckets.Decision decision = buckets.take(caller);
        if (decision.allowed()) {
            context.next();
            return;
        }
        context.response().putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        Problems.send(context, ProblemKind.TOO_MANY_REQUESTS,
                "Too many requests from this caller; try again in " + decision.retryAfterSeconds() + " s");
    }
}
