package org.jointcommissioning.common.web;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jointcommissioning.common.identity.Caller;

/**
 * Puts the caller's user name and organisation in the log context, so that every line logged for a request says who
 * asked. A token that does not verify is left for the security checks to answer; the caller is then unknown here.
 */
public class CallerLogContext {

    public static final String USER_KEY = "user";
    public static final String ORG_KEY = "orgId";

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Uni<Void> onRequest() {
        return identities.getDeferredIdentity()
                .onItem().invoke(CallerLogContext::remember)
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    @ServerResponseFilter
    public void onResponse() {
        MDC.remove(USER_KEY);
        MDC.remove(ORG_KEY);
    }

    private static void remember(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return;
        }
        MDC.put(USER_KEY, Caller.nameOf(identity));
        Caller.orgIdOf(identity).ifPresent(org -> MDC.put(ORG_KEY, org));
    }
}
