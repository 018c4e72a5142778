package org.jointcommissioning.commissioning.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.domain.OpportunityFilter;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.common.kebab.Kebab;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Opportunities, and the search over them that the public list and the commissioners' own list share. */
@ApplicationScoped
public class OpportunityRepository implements PanacheRepositoryBase<Opportunity, String> {

    /** Hint and value that make a locking query skip rows another transaction holds (FOR UPDATE SKIP LOCKED). */
    static final String LOCK_TIMEOUT = "jakarta.persistence.lock.timeout";
    static final int SKIP_LOCKED = -2;

    /** What anyone may see: published, closed and awarded opportunities. */
    static final List<String> PUBLIC = List.of(Kebab.of(OpportunityStatus.PUBLISHED), Kebab.of(OpportunityStatus.CLOSED),
            Kebab.of(OpportunityStatus.AWARDED));

    /**
     * Published opportunities whose deadline has passed, locked so that two replicas never close one twice. Rows
     * another replica has locked are skipped (FOR UPDATE SKIP LOCKED), not waited for: that replica is closing them.
     */
    public List<Opportunity> dueForClosing(Instant now, int limit) {
        return find("status = ?1 and submissionDeadline <= ?2", OpportunityStatus.PUBLISHED, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(LOCK_TIMEOUT, SKIP_LOCKED)
                .page(0, limit).list();
    }

    /** The public listing's version, moved by the database whenever an opportunity or a framework changes. */
    public long publicListingVersion() {
        return ((Number) getEntityManager().createNativeQuery("select version from public_listing where id = 1")
                .getSingleResult()).longValue();
    }

    /**
     * The public opportunities matching the filter, and every one of {@code ownOrgId} (a commissioner's partner)
     * when given; the best keyword matches first when there are keywords, then by submission deadline, then id.
     */
    @SuppressWarnings("unchecked")
    public Page<Opportunity> search(OpportunityFilter filter, String ownOrgId, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, ownOrgId, parameters);
        String order = parameters.containsKey("q")
                ? " order by ts_rank(o.search, websearch_to_tsquery('english', :q)) desc, o.submission_deadline, o.id"
                : " order by o.submission_deadline, o.id";
        Query select = getEntityManager().createNativeQuery("select o.* from opportunity o join framework f on f.id = o.framework_id"
                + where + order + " limit :limit offset :offset", Opportunity.class);
        Query count = getEntityManager().createNativeQuery("select count(*) from opportunity o join framework f on f.id = o.framework_id"
                + where);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        // Widened before multiplying: page and size are bounded, but the offset never overflows whatever they are.
        select.setParameter("limit", page.size()).setParameter("offset", (long) page.page() * page.size());
        List<Opportunity> items = select.getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private static String where(OpportunityFilter filter, String ownOrgId, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where (o.status in (:public)");
        parameters.put("public", PUBLIC);
        if (ownOrgId != null) {
            where.append(" or o.owner_org_id = :ownOrg");
            parameters.put("ownOrg", ownOrgId);
        }
        where.append(')');
        if (filter.q() != null && !filter.q().isBlank()) {
            // Web-search syntax (words, "a phrase", or, -word), matched by English stems; a query of stop words
            // alone ("the") has nothing to look for and filters nothing.
            where.append(" and (numnode(websearch_to_tsquery('english', :q)) = 0"
                    + " or o.search @@ websearch_to_tsquery('english', :q))");
            parameters.put("q", filter.q().trim());
        }
        if (filter.status() != null) {
            where.append(" and o.status = :status");
            parameters.put("status", Kebab.of(filter.status()));
        }
        if (filter.theme() != null && !filter.theme().isBlank()) {
            where.append(" and jsonb_exists(f.themes, :theme)");
            parameters.put("theme", filter.theme());
        }
        if (filter.indicator() != null && !filter.indicator().isBlank()) {
            where.append(" and o.indicators @> jsonb_build_array(jsonb_build_object('code', cast(:indicator as text)))");
            parameters.put("indicator", filter.indicator());
        }
        if (filter.minValue() != null) {
            where.append(" and o.estimated_value >= :minValue");
            parameters.put("minValue", filter.minValue());
        }
        if (filter.maxValue() != null) {
            where.append(" and o.estimated_value <= :maxValue");
            parameters.put("maxValue", filter.maxValue());
        }
        if (filter.frameworkId() != null && !filter.frameworkId().isBlank()) {
            where.append(" and o.framework_id = :frameworkId");
            parameters.put("frameworkId", filter.frameworkId());
        }
        return where.toString();
    }
}
