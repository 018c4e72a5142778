package org.jointcommissioning.outcomes.service;

import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.problem.ProblemException;

import java.util.Set;

/**
 * Who acts, as the use cases need it: taken from the token by the resources, so that the rules about
 * organisations live in the services and can be exercised without a web request.
 */
public record Actor(String name, String orgId, Set<String> roles) {

    public static Actor of(Caller caller) {
        // The user name people recognise (preferred_username), not the token's opaque subject.
        return new Actor(caller.name(), caller.orgId().orElse(null), Set.copyOf(caller.roles()));
    }

    public boolean isAdmin() {
        return roles.contains(Roles.PARTNERSHIP_ADMIN);
    }

    public boolean isPerformanceOfficerOf(String org) {
        return roles.contains(Roles.PERFORMANCE_OFFICER) && org != null && org.equals(orgId);
    }

    public String requireOrg() {
        if (orgId == null) {
            throw ProblemException.forbidden("Your account is not linked to an organisation");
        }
        return orgId;
    }
}
