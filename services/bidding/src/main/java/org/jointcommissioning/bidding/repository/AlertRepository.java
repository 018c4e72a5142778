package org.jointcommissioning.bidding.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.bidding.domain.Alert;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.paging.Pages;

import java.util.List;

@ApplicationScoped
public class AlertRepository implements PanacheRepositoryBase<Alert, String> {

    /** An organisation's alerts, oldest first, then by id. */
    public Page<Alert> of(String orgId, PageRequest page) {
        return Pages.of(find("orgId", Sort.by("createdAt").and("id"), orgId), page);
    }

    /**
     * Which of these alerts' keywords the text matches, by PostgreSQL full-text search with
     * {@code websearch_to_tsquery} and the English configuration, as commissioning's opportunity search does.
     * A query that PostgreSQL reduces to nothing (only stop words) matches everything, as it does there.
     */
    @SuppressWarnings("unchecked")
    public List<String> keywordsMatch(List<String> alertIds, String text) {
        if (alertIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createNativeQuery("""
                select a.id from alert a
                where a.id in (:ids)
                  and (numnode(websearch_to_tsquery('english', a.keywords)) = 0
                       or to_tsvector('english', :text) @@ websearch_to_tsquery('english', a.keywords))""")
                .setParameter("ids", alertIds)
                .setParameter("text", text)
                .getResultList();
    }
}
