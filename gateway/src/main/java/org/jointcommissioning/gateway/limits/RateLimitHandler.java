package org.jointcommissioning.gateway.limits;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.jointcommissioning.contracts.problem.ProblemType;
import org.jointcommissioning.gateway.problem.Problems;
import org.jointcommissioning.gateway.web.Exchange;

/**
 * Limits each caller's rate: by token subject, or by client address for anonymous reads (the address behind a
 * trusted proxy, see ClientAddress). A request the token
 * check refuses counts against its address too, so that a flood of bad tokens is cut off like any other.
 */
public class RateLimitHandler implements Handler<RoutingContext> {

    private final TokenBuckets buckets;

    public RateLimitHandler(TokenBuckets buckets) {
        this.buckets = buckets;
    }

    @Override
    public void handle(RoutingContext context) {
        String subject = Exchange.subject(context);
        String caller = subject != null ? "subject:" + subject : address(context);
        TokenBuckets.Decision decision = buckets.take(caller);
        if (decision.allowed()) {
            context.next();
            return;
        }
        tooMany(context, decision);
    }

    /**
     * Sends a refusal (such as a 401) charged to the caller's address; once the address is over its limit the
     * answer is a 429 instead.
     */
    public void refuse(RoutingContext context, Runnable refusal) {
        TokenBuckets.Decision decision = buckets.take(address(context));
        if (decision.allowed()) {
            refusal.run();
        } else {
            tooMany(context, decision);
        }
    }

    private static String address(RoutingContext context) {
        return "address:" + Exchange.clientAddress(context);
    }

    private static void tooMany(RoutingContext context, TokenBuckets.Decision decision) {
        context.response().putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        Problems.send(context, ProblemType.TOO_MANY_REQUESTS,
                "Too many requests from this caller; try again in " + decision.retryAfterSeconds() + " s");
    }
}
