package org.jointcommissioning.bidding.support;

import io.quarkus.arc.Arc;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.security.TestIdentityAssociation;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.identity.Roles;

/**
 * Switches the caller within one test, for stories with several people (a bidder submits, a commissioner
 * tries to read). The organisation travels as the {@code org_id} attribute, which {@link Caller} reads when
 * the principal is not a token; single-caller tests use {@code @TestSecurity} with an {@code org_id} claim.
 */
public final class Actors {

    private Actors() {
    }

    public static void bidder(String orgId) {
        act("bidder@" + orgId, Roles.BIDDER, orgId);
    }

    public static void commissioner(String orgId) {
        act("commissioner@" + orgId, Roles.COMMISSIONER, orgId);
    }

    public static void auditor() {
        act("auditor@partnership", Roles.AUDITOR, "partnership");
    }

    public static void admin() {
        act("admin@partnership", Roles.PARTNERSHIP_ADMIN, "partnership");
    }

    private static void act(String user, String role, String orgId) {
        Arc.container().instance(TestIdentityAssociation.class).get().setTestIdentity(
                QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(user))
                        .addRole(role)
                        .addAttribute(Caller.ORG_CLAIM, orgId)
                        .build());
    }
}
