package org.jointcommissioning.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.commissioning.domain.Partner;
import org.jointcommissioning.commissioning.repository.PartnerRepository;
import org.jointcommissioning.contracts.events.FundMembershipChanged;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The partners' names and organisation identifiers, learnt from the budgets service with each fund's membership,
 * so that the open data names the buyers and funders. A partner commissioning has not heard of is named by its id.
 */
@ApplicationScoped
public class PartnerDirectory {

    @Inject
    PartnerRepository partners;

    /** Keeps each partner as the event names it, unless a later naming is already kept. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void learn(List<FundMembershipChanged.Partner> named, Instant changedAt) {
        if (named == null) {
            return; // announced before budgets named the members
        }
        for (FundMembershipChanged.Partner given : named) {
            Partner partner = partners.findById(given.id());
            boolean known = partner != null;
            if (known && changedAt.isBefore(partner.changedAt)) {
                continue;
            }
            if (!known) {
                partner = new Partner();
                partner.id = given.id();
            }
            partner.name = given.name();
            partner.identifier = given.identifier();
            partner.changedAt = changedAt;
            if (!known) {
                partners.persist(partner);
            }
        }
    }

    /** The named partners among these ids, by id; absent ids are partners commissioning has not heard of. */
    public Map<String, Partner> named(Collection<String> ids) {
        return partners.byIds(ids);
    }
}
