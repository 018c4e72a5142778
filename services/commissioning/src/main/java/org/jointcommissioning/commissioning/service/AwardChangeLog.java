package org.jointcommissioning.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.commissioning.domain.Award;
import org.jointcommissioning.commissioning.domain.AwardChange;
import org.jointcommissioning.commissioning.repository.AwardRepository;
import org.jointcommissioning.commissioning.repository.OpenedBidRepository;
import org.jointcommissioning.commissioning.repository.OpportunityRepository;
import org.jointcommissioning.common.changes.ChangeLog;

/**
 * Records an award in the change feed, in the transaction that changed it: when it is made, and at every change of
 * its status. Every use case that moves an award calls it right after the move.
 */
@ApplicationScoped
public class AwardChangeLog {

    public static final String CHANGE_KIND = "award";
    /** The award was made (pending funding). */
    public static final String MADE = "made";
    /** The award's status changed; its new status is in the representation. */
    public static final String STATUS_CHANGED = "status-changed";

    @Inject
    ChangeLog changes;

    @Inject
    AwardRepository awards;

    @Inject
    OpportunityRepository opportunities;

    @Inject
    OpenedBidRepository bids;

    @Transactional(Transactional.TxType.MANDATORY)
    public void made(Award award) {
        record(award, MADE);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void statusChanged(Award award) {
        record(award, STATUS_CHANGED);
    }

    private void record(Award award, String type) {
        Award stored = awards.asStored(award);
        String owner = opportunities.findById(stored.opportunityId).ownerOrgId;
        changes.record(CHANGE_KIND, stored.id, owner, type, new AwardChange(stored, bids.findById(stored.bidId)));
    }
}
