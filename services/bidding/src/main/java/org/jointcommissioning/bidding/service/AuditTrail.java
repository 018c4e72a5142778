package org.jointcommissioning.bidding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.bidding.repository.BidRepository;
import org.jointcommissioning.bidding.repository.OrganisationRepository;
import org.jointcommissioning.common.audit.AuditEntry;
import org.jointcommissioning.common.audit.AuditLog;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.kebab.Kebab;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.ProblemException;

/**
 * The history of a bid or an organisation. A bid's (its life cycle: submitted, revised, withdrawn, opened, its
 * outcome; never its sealed price or content, which the trail does not keep) for its own organisation, the admin and
 * the auditor, and once opened for the opportunity owner's commissioners; an organisation's for its own people, the
 * admin and the auditor. Anyone else is told the record does not exist.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    BidRepository bids;

    @Inject
    OrganisationRepository organisations;

    @Inject
    BidReader reader;

    @Inject
    Caller caller;

    @Inject
    AuditLog log;

    @Transactional
    public Page<AuditEntry> history(String entity, String id, PageRequest page) {
        AuditedRecord kind = kindOf(entity);
        if (id == null || id.isBlank()) {
            throw ProblemException.invalidField("id", "is required: the id of the " + kind);
        }
        if (!readable(kind, id)) {
            throw ProblemException.notFound(kind.what, id);
        }
        return log.history(kind.entity, id, page);
    }

    private boolean readable(AuditedRecord kind, String id) {
        return switch (kind) {
            case BID -> bids.findByIdOptional(id).map(reader::mayReadHistoryOf).orElse(false);
            case ORGANISATION -> organisations.findByIdOptional(id).isPresent()
                    && (caller.belongsTo(id) || caller.hasAnyRole(Roles.PARTNERSHIP_ADMIN, Roles.AUDITOR));
        };
    }

    static AuditedRecord kindOf(String entity) {
        if (entity == null || entity.isBlank()) {
            throw ProblemException.invalidField("entity", "is required: one of bid, organisation");
        }
        return Kebab.parse(AuditedRecord.class, "entity", entity);
    }
}
