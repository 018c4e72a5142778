package org.jointcommissioning.gateway.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.TenantIdentityProvider;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jointcommissioning.contracts.problem.ProblemType;
import org.jointcommissioning.gateway.limits.RateLimitHandler;
import org.jointcommissioning.gateway.problem.Problems;
import org.jointcommissioning.gateway.web.Exchange;

/**
 * Checks the bearer token before any service sees the request: Quarkus OIDC verifies the signature with the
 * realm's cached keys, the issuer, the expiry and the audience; a token that does not verify locally is refused,
 * never introspected. Without a token only public reads pass. A token that is sent is always checked, even on a
 * public read. Every refusal counts against the caller's address in the rate limit.
 */
public class TokenCheck implements Handler<RoutingContext> {

    private static final String ORG_CLAIM = "org_id";
    private static final Logger LOG = Logger.getLogger(TokenCheck.class);
    private static final String CHALLENGE = "Bearer realm=\"commissioning\"";

    private final TenantIdentityProvider identities;
    private final PublicReads publicReads;
    private final RateLimitHandler limits;

    public TokenCheck(TenantIdentityProvider identities, PublicReads publicReads, RateLimitHandler limits) {
        this.identities = identities;
        this.publicReads = publicReads;
        this.limits = limits;
    }

    @Override
    public void handle(RoutingContext context) {
        String authorization = context.request().getHeader("Authorization");
        if (authorization == null) {
            if (publicReads.allows(context.request().method(), context.request().path())) {
                context.next();
            } else {
                refuse(context, "A bearer token is required", CHALLENGE);
            }
            return;
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.substring(7).isBlank()) {
            refuse(context, "The Authorization header must carry a bearer token", CHALLENGE);
            return;
        }
        // Hold the body until the token is known good; the proxy resumes it when it streams it on.
        context.request().pause();
        Context vertxContext = Vertx.currentContext();
        identities.authenticate(new AccessTokenCredential(authorization.substring(7).trim()))
                .subscribe().with(
                        identity -> vertxContext.runOnContext(v -> accept(context, identity)),
                        failure -> vertxContext.runOnContext(v -> reject(context, failure)));
    }

    private void accept(RoutingContext context, SecurityIdentity identity) {
        String subject = identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                ? token.getSubject()
                : identity.getPrincipal().getName();
        Exchange.subject(context, subject);
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim(ORG_CLAIM) != null) {
            Object org = token.getClaim(ORG_CLAIM);
            Exchange.org(context, org instanceof JsonString text ? text.getString() : org.toString());
        }
        context.next();
    }

    private void reject(RoutingContext context, Throwable failure) {
        context.request().resume();
        if (failure instanceof AuthenticationFailedException) {
            // The reason (expired, wrong issuer, audience, signature) goes to the debug log, never the token.
            LOG.debugf("Token refused for request %s: %s", Exchange.requestId(context), failure.getMessage());
            refuse(context, "The bearer token is not valid", CHALLENGE + ", error=\"invalid_token\"");
        } else {
            LOG.warnf("Token check failed for request %s: %s", Exchange.requestId(context), failure.toString());
            Problems.send(context, ProblemType.SERVICE_UNAVAILABLE, "The identity provider (Keycloak) is not available");
        }
    }

    private void refuse(RoutingContext context, String detail, String challenge) {
        limits.refuse(context, () -> {
            context.response().putHeader("WWW-Authenticate", challenge);
            Problems.send(context, ProblemType.UNAUTHENTICATED, detail);
        });
    }
}
