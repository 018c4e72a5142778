package org.jointcommissioning.bidding.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.jointcommissioning.bidding.domain.Opportunity;

import java.util.Optional;

@ApplicationScoped
public class OpportunityRepository implements PanacheRepositoryBase<Opportunity, String> {

    /**
     * Reads the opportunity with a shared row lock, so a bid written in this transaction is either seen by
     * the opening at the deadline (which takes the row exclusively) or refused because the opportunity closed.
     */
    public Optional<Opportunity> findForBidding(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_READ);
    }

    /** Reads the opportunity for a change of its state, waiting for bids being written against it. */
    public Optional<Opportunity> findForChange(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
