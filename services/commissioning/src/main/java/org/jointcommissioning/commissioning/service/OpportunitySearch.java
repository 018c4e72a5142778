package org.jointcommissioning.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists the opportunities a caller may see, filtered and sorted by submission deadline (then id). Anyone
 * sees the published, closed and awarded ones; a commissioner also sees every opportunity of their partner.
 */
@ApplicationScoped
public class OpportunitySearch {

    static final List<String> PUBLIC = List.of(OpportunityStatus.PUBLISHED.name(), OpportunityStatus.CLOSED.name(),
            OpportunityStatus.AWARDED.name());

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @SuppressWarnings("unchecked")
    public Page<Opportunity> search(OpportunityFilter filter, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        Query select = em.createNativeQuery("select o.* from opportunity o join framework f on f.id = o.framework_id"
                + where + " order by o.submission_deadline, o.id limit :limit offset :offset", Opportunity.class);
        Query count = em.createNativeQuery("select count(*) from opportunity o join framework f on f.id = o.framework_id"
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

    private String where(OpportunityFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where (o.status in (:public)");
        parameters.put("public", PUBLIC);
        if (caller.hasRole(Roles.COMMISSIONER) && caller.orgId().isPresent()) {
            where.append(" or o.owner_org_id = :ownOrg");
            parameters.put("ownOrg", caller.orgId().get());
        }
        where.append(')');
        if (filter.q() != null && !filter.q().isBlank()) {
            String[] words = filter.q().trim().toLowerCase().split("\\s+");
            for (int i = 0; i < words.length && i < 10; i++) {
                where.append(" and (lower(o.title) like :w").append(i).append(" escape '\\'")
                        .append(" or lower(o.description) like :w").append(i).append(" escape '\\')");
                parameters.put("w" + i, "%" + escapeLike(words[i]) + "%");
            }
        }
        if (filter.status() != null) {
            where.append(" and o.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.theme() != null && !filter.theme().isBlank()) {
            where.append(" and jsonb_exists(f.themes, :theme)");
            parameters.put("theme", filter.theme());
        }
        if (filter.indicator() != null && !filter.indicator().isBlank()) {
            where.append(" and exists (select 1 from jsonb_array_elements(o.indicators) i where i->>'code' = :indicator)");
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

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
