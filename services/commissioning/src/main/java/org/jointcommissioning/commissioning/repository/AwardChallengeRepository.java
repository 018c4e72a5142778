package org.jointcommissioning.commissioning.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.commissioning.domain.AwardChallenge;
import org.jointcommissioning.commissioning.domain.ChallengeStatus;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.paging.Pages;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Challenges to award decisions. */
@ApplicationScoped
public class AwardChallengeRepository implements PanacheRepositoryBase<AwardChallenge, String> {

    /** An award's challenges, oldest first, then by id; of one organisation only when it is given. */
    public List<AwardChallenge> ofAward(String awardId, String organisationId) {
        return query(awardId, organisationId).list();
    }

    /**
     * The challenges of each of these awards, oldest first, then by id, in one query (an opportunity's OCDS release
     * names every announced award's challenges); an award without any is absent.
     */
    public Map<String, List<AwardChallenge>> ofAwards(Collection<String> awardIds) {
        if (awardIds.isEmpty()) {
            return Map.of();
        }
        return list("awardId in ?1 order by challengedAt, id", awardIds).stream()
                .collect(Collectors.groupingBy(c -> c.awardId, LinkedHashMap::new, Collectors.toList()));
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
