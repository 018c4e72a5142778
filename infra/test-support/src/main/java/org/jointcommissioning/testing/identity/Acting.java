package org.jointcommissioning.testing.identity;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs a use case as a given person, the way a request would: in a request context of its own whose identity is that
 * person, so that the service's injected {@code Caller} sees them. For test fixtures that set up data as several
 * people in one test, without going through HTTP.
 */
public final class Acting {

    private static final String ORG_CLAIM = "org_id";

    private Acting() {
    }

    /** A person of an organisation holding the roles; the name is also the subject rows record. */
    public static SecurityIdentity person(String name, String orgId, String... roles) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(name))
                .addRoles(Set.of(roles));
        if (orgId != null) {
            builder.addAttribute(ORG_CLAIM, orgId);
        }
        return builder.build();
    }

    public static <T> T as(SecurityIdentity who, Supplier<T> work) {
        ManagedContext requests = Arc.container().requestContext();
        // The test's own request context (and its test identity) is set aside and given back afterwards.
        InjectableContext.ContextState outer = requests.isActive() ? requests.getState() : null;
        if (outer != null) {
            requests.deactivate();
        }
        requests.activate();
        try {
            Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(who);
            return work.get();
        } finally {
            requests.terminate();
            if (outer != null) {
                requests.activate(outer);
            }
        }
    }
}
