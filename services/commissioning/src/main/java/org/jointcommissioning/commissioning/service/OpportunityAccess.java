package org.jointcommissioning.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.repository.OpportunityRepository;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.problem.ProblemException;

/**
 * Who may see and act on an opportunity. A draft exists only for the owning partner's commissioners and for those
 * who oversee the partnership (its admin and auditors); a published one is public. Only the owner's commissioners
 * act on it: to another partner's commissioner it is someone else's row (404), to other roles forbidden (403).
 */
@ApplicationScoped
public class OpportunityAccess {

    @Inject
    OpportunityRepository opportunities;

    @Inject
    Caller caller;

    public boolean isOwnersCommissioner(Opportunity opportunity) {
        return caller.hasRole(Roles.COMMISSIONER) && caller.belongsTo(opportunity.ownerOrgId);
    }

    /** The opportunity if the caller may read it, else 404. */
    public Opportunity visible(String id) {
        Opportunity opportunity = opportunities.findById(id);
        if (opportunity == null || !(opportunity.isPublic() || isOwnersCommissioner(opportunity) || oversees())) {
            throw ProblemException.notFound("Opportunity", id);
        }
        return opportunity;
    }

    /** The opportunity if the caller is one of its owner's commissioners: 403 to other roles, else 404. */
    public Opportunity owned(String id) {
        caller.requireAnyRole(Roles.COMMISSIONER);
        Opportunity opportunity = opportunities.findById(id);
        if (opportunity == null || !isOwnersCommissioner(opportunity)) {
            throw ProblemException.notFound("Opportunity", id);
        }
        return opportunity;
    }

    /** For reading evaluations: the owner's commissioners, and the partnership's auditors. */
    public Opportunity ownedOrAudited(String id) {
        caller.requireAnyRole(Roles.COMMISSIONER, Roles.AUDITOR);
        return caller.hasRole(Roles.AUDITOR) ? visible(id) : owned(id);
    }

    /** For reading awards: the owner's commissioners, the auditors, and the admin (who may cancel them). */
    public Opportunity ownedOrOverseen(String id) {
        caller.requireAnyRole(Roles.COMMISSIONER, Roles.AUDITOR, Roles.PARTNERSHIP_ADMIN);
        return oversees() ? visible(id) : owned(id);
    }

    /**
     * For undoing something done on the opportunity (cancelling an award, the row {@code what} {@code rowId}): the
     * owner's commissioners and the partnership admin. Anyone else's commissioner is told the row does not exist.
     */
    public Opportunity undoable(String id, String what, String rowId) {
        caller.requireAnyRole(Roles.COMMISSIONER, Roles.PARTNERSHIP_ADMIN);
        Opportunity opportunity = opportunities.findById(id);
        if (opportunity == null || !(isOwnersCommissioner(opportunity) || caller.hasRole(Roles.PARTNERSHIP_ADMIN))) {
            throw ProblemException.notFound(what, rowId);
        }
        return opportunity;
    }

    /** Whether the caller oversees the partnership or is one of the opportunity's owner's commissioners. */
    public boolean ownedOrOverseenBy(Opportunity opportunity) {
        return opportunity != null && (oversees() || isOwnersCommissioner(opportunity));
    }

    public Caller caller() {
        return caller;
    }

    private boolean oversees() {
        return caller.hasAnyRole(Roles.PARTNERSHIP_ADMIN, Roles.AUDITOR);
    }
}
