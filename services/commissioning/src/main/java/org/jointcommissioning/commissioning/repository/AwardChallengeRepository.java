package org.jointcommissioning.commissioning.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.commissioning.domain.AwardChallenge;
import org.jointcommissioning.commissioning.domain.ChallengeStatus;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.paging.Pages;

import java.util.List;

/** Challenges to award decisions. */
@ApplicationScoped
public class AwardChallengeRepository implements PanacheRepositoryBase<AwardChallenge, String> {

    /** An award's challenges, oldest first, then by id; of one organisation only when it is given. */
    public List<AwardChallenge> ofAward(String awardId, String organisationId) {
        return query(awardId, organisationId).list();
    }

    public Page<AwardChallenge> ofAward(String awardId, String organisationId, PageRequest page) {
        return Pages.of(query(awardId, organisationId), page);
    }

    private PanacheQuery<AwardChallenge> query(String awardId, String organisationId) {
        return organisationId == null
                ? find("awardId = ?1 order by challengedAt, id", awardId)
                : find("awardId = ?1 and challengerOrganisationId = ?2 order by challengedAt, id", awardId, organisationId);
    }

    public boolean anyOpen(String awardId) {
        return count("awardId = ?1 and status = ?2", awardId, ChallengeStatus.OPEN) > 0;
    }

    public boolean anyOpen(String awardId, String organisationId) {
        return count("awardId = ?1 and challengerOrganisationId = ?2 and status = ?3", awardId, organisationId,
                ChallengeStatus.OPEN) > 0;
    }
}
