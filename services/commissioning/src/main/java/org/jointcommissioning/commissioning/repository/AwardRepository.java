package org.jointcommissioning.commissioning.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.jointcommissioning.commissioning.domain.Award;
import org.jointcommissioning.commissioning.domain.AwardStatus;
import org.jointcommissioning.commissioning.domain.Route;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.paging.Pages;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Awards of opportunities' lots, each with its funding status. */
@ApplicationScoped
public class AwardRepository implements PanacheRepositoryBase<Award, String> {

    /** An opportunity's awards, oldest first, then by id. */
    public Page<Award> ofOpportunity(String opportunityId, PageRequest page) {
        return Pages.of(find("opportunityId = ?1 order by createdAt, id", opportunityId), page);
    }

    public List<Award> ofOpportunity(String opportunityId, AwardStatus status) {
        return list("opportunityId = ?1 and status = ?2", opportunityId, status);
    }

    public boolean anyOf(String opportunityId, Collection<AwardStatus> statuses) {
        return count("opportunityId = ?1 and status in ?2", opportunityId, statuses) > 0;
    }

    public boolean anyOfLot(String opportunityId, String lotId, Collection<AwardStatus> statuses) {
        return count("opportunityId = ?1 and lotId = ?2 and status in ?3", opportunityId, lotId, statuses) > 0;
    }

    /**
     * Awards whose standstill has ended, locked so that two replicas never enter one contract twice; rows another
     * replica has locked are skipped (FOR UPDATE SKIP LOCKED), not waited for.
     */
    public List<Award> standstillOver(Instant now, int limit) {
        return find("status = ?1 and standstillEndsAt <= ?2 order by standstillEndsAt, id", AwardStatus.STANDSTILL, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(OpportunityRepository.LOCK_TIMEOUT, OpportunityRepository.SKIP_LOCKED)
                .page(0, limit).list();
    }

    /** An opportunity's awards, oldest first, then by id. */
    public List<Award> ofOpportunity(String opportunityId) {
        return list("opportunityId = ?1 order by createdAt, id", opportunityId);
    }

    /** The active awards of the opportunities let by a route, in the order they were announced, then by id. */
    public List<Award> activeOfRoute(Route route) {
        return list("status = ?1 and opportunityId in (select o.id from Opportunity o where o.route = ?2) "
                + "order by activatedAt, id", AwardStatus.ACTIVE, route);
    }

    /**
     * The award as the database keeps it: its changes written and read back, so that what is shown of it now (its
     * times to the microsecond) is what any later read shows.
     */
    public Award asStored(Award award) {
        flush();
        getEntityManager().refresh(award);
        return award;
    }
}
