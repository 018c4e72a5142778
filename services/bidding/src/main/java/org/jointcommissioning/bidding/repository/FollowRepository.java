package org.jointcommissioning.bidding.repository;

import org.jointcommissioning.bidding.domain.Follow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The opportunities each organisation follows: a pair of ids and when it started. */
@ApplicationScoped
public class FollowRepository {


    @Inject
    EntityManager em;

    /** Follows the opportunity; following it again keeps the first time. */
    public Follow follow(String orgId, String opportunityId, Instant now) {
        em.createNativeQuery("""
                insert into followed_opportunity (org_id, opportunity_id, followed_at) values (:org, :opp, :now)
                on conflict do nothing""")
                .setParameter("org", orgId).setParameter("opp", opportunityId).setParameter("now", now)
                .executeUpdate();
        return find(orgId, opportunityId);
    }

    /** Whether there was a follow to stop. */
    public boolean unfollow(String orgId, String opportunityId) {
        return em.createNativeQuery("delete from followed_opportunity where org_id = :org and opportunity_id = :opp")
                .setParameter("org", orgId).setParameter("opp", opportunityId).executeUpdate() > 0;
    }

    /** An organisation's follows, newest first, then by opportunity id. */
    @SuppressWarnings("unchecked")
    public Page<Follow> of(String orgId, PageRequest page) {
        List<Tuple> rows = em.createNativeQuery("""
                select opportunity_id, followed_at from followed_opportunity where org_id = :org
                order by followed_at desc, opportunity_id limit :size offset :offset""", Tuple.class)
                .setParameter("org", orgId).setParameter("size", page.size()).setParameter("offset", page.offset())
                .getResultList();
        long total = ((Number) em.createNativeQuery("select count(*) from followed_opportunity where org_id = :org")
                .setParameter("org", orgId).getSingleResult()).longValue();
        return new Page<>(rows.stream().map(FollowRepository::follow).toList(), page.page(), page.size(), total);
    }

    /** The organisations that follow an opportunity. */
    @SuppressWarnings("unchecked")
    public List<String> followersOf(String opportunityId) {
        return em.createNativeQuery("select org_id from followed_opportunity where opportunity_id = :opp order by org_id")
                .setParameter("opp", opportunityId).getResultList();
    }

    private Follow find(String orgId, String opportunityId) {
        Tuple row = (Tuple) em.createNativeQuery("""
                select opportunity_id, followed_at from followed_opportunity where org_id = :org and opportunity_id = :opp""",
                Tuple.class).setParameter("org", orgId).setParameter("opp", opportunityId).getSingleResult();
        return follow(row);
    }

    private static Follow follow(Tuple row) {
        Object at = row.get("followed_at");
        Instant followedAt = at instanceof OffsetDateTime offset ? offset.toInstant()
                : at instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) at;
        return new Follow((String) row.get("opportunity_id"), followedAt);
    }
}
