package org.jointcommissioning.bidding.service;

import org.jointcommissioning.common.concurrency.IfMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jointcommissioning.bidding.domain.Organisation;
import org.jointcommissioning.bidding.domain.OrganisationProfile;
import org.jointcommissioning.bidding.repository.OrganisationRepository;
import org.jointcommissioning.bidding.repository.UniqueRows;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.problem.ProblemException;

import java.time.Clock;

/** Organisation profiles: a bidder registers and keeps its own; commissioners and the auditor read them. */
@ApplicationScoped
public class OrganisationService {

    private static final Logger LOG = Logger.getLogger(OrganisationService.class);

    @Inject
    OrganisationRepository organisations;

    @Inject
    UniqueRows uniqueRows;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public Organisation register(OrganisationProfile profile) {
        String orgId = caller.requireOrgId();
        if (organisations.findByIdOptional(orgId).isPresent()) {
            throw alreadyRegistered(orgId);
        }
        Organisation organisation = Organisation.registered(orgId, profile, clock.instant());
        uniqueRows.insert(organisation, () -> alreadyRegistered(orgId));
        LOG.infof("Organisation %s registered", orgId);
        return organisation;
    }

    @Transactional
    public Organisation update(String id, OrganisationProfile profile, IfMatch ifMatch) {
        caller.requireOwnRow(id, "Organisation", id);
        Organisation organisation = organisations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Organisation", id));
        ifMatch.check(organisation.version, "The organisation's profile");
        organisation.update(profile, clock.instant());
        return organisation;
    }

    /** Its own members, commissioners and the auditor may read a profile; anyone else is told it does not exist. */
    public Organisation find(String id) {
        if (!caller.belongsTo(id) && !caller.hasAnyRole(Roles.COMMISSIONER, Roles.AUDITOR)) {
            throw ProblemException.notFound("Organisation", id);
        }
        return organisations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Organisation", id));
    }

    private static ProblemException alreadyRegistered(String orgId) {
        return ProblemException.conflict("Organisation " + orgId + " is already registered; update it with PUT");
    }
}
