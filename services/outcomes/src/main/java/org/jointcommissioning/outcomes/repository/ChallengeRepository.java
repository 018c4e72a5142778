package org.jointcommissioning.outcomes.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.outcomes.domain.Challenge;
import org.jointcommissioning.outcomes.domain.ChallengeState;

@ApplicationScoped
public class ChallengeRepository implements PanacheRepositoryBase<Challenge, String> {

    public Challenge require(String id) {
        Challenge challenge = findById(id);
        if (challenge == null) {
            throw ProblemException.notFound("Challenge", id);
        }
        return challenge;
    }

    /** Oldest first, so a thread reads in order. */
    public Page<Challenge> list(String code, ChallengeState state, PageRequest paging) {
        Sort order = Sort.by("raisedAt").and("id");
        var query = state == null ? find("indicatorCode", order, code)
                : find("indicatorCode = ?1 and state = ?2", order, code, state);
        return new Page<>(query.page(paging.page(), paging.size()).list(), paging.page(), paging.size(),
                query.count());
    }
}
