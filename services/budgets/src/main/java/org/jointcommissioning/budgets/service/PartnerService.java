package org.jointcommissioning.budgets.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.budgets.domain.Partner;
import org.jointcommissioning.budgets.domain.PartnerDraft;
import org.jointcommissioning.budgets.repository.PartnerRepository;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.ProblemException;

import java.time.Clock;

@ApplicationScoped
public class PartnerService {

    @Inject
    PartnerRepository partners;

    @Inject
    Clock clock;

    @Transactional
    public Partner create(PartnerDraft request) {
        if (partners.findByIdOptional(request.id()).isPresent()) {
            throw ProblemException.conflict("Partner " + request.id() + " already exists");
        }
        Partner partner = new Partner();
        partner.id = request.id();
        partner.name = request.name().strip();
        partner.kind = request.kind();
        partner.identifier = request.identifier();
        partner.createdAt = clock.instant();
        partners.persist(partner);
        return partner;
    }

    public Partner get(String id) {
        return partners.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Partner", id));
    }

    /** A partner named in a request body: its absence is a mistake in the content (400), not a missing resource. */
    public Partner named(String field, String id) {
        return partners.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.invalidField(field, "no partner has the id " + id));
    }

    public Page<Partner> list(PageRequest page) {
        return partners.page(page);
    }
}
