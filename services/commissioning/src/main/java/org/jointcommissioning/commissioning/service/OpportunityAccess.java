package org.jointcommissioning.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.problem.ProblemException;

/**
 * Who may see and act on an opportunity. A draft exists only for the owning partner's commissioners
 * (404 to everyone else); a published one is public, but only the owner's commissioners act on it (403).
 */
@ApplicationScoped
public class OpportunityAccess {

    @Inject
    Caller caller;

    public boolean isOwnersCommissioner(Opportunity opportunity) {
        return caller.hasRole(Roles.COMMISSIONER) && caller.belongsTo(opportunity.ownerOrgId);
    }

    /** The opportunity if the caller may read it, else 404. */
    public Opportunity visible(String id) {
        Opportunity opportunity = Opportunity.findById(id);
        if (opportunity == null || !(opportunity.isPublic() || isOwnersCommissioner(opportunity))) {
            throw ProblemException.notFound("Opportunity", id);
        }
        return opportunity;
    }

    /** The opportunity if the caller is one of its owner's commissioners: 404 or 403 otherwise. */
    public Opportunity owned(String id) {
        caller.requireAnyRole(Roles.COMMISSIONER);
        Opportunity opportunity = visible(id);
        if (!isOwnersCommissioner(opportunity)) {
            throw ProblemException.forbidden("Only the owning partner's commissioners may do this");
        }
        return opportunity;
    }

    /** For reading evaluations and awards: the owner's commissioners, and the partnership's auditors. */
    public Opportunity ownedOrAudited(String id) {
        caller.requireAnyRole(Roles.COMMISSIONER, Roles.AUDITOR);
        if (caller.hasRole(Roles.AUDITOR)) {
            return visible(id);
        }
        return owned(id);
    }

    public Caller caller() {
        return caller;
    }
}
