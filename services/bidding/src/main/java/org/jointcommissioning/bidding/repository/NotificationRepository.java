package org.jointcommissioning.bidding.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.bidding.domain.Notification;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.paging.Pages;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, String> {

    private static final Sort NEWEST_FIRST = Sort.by("createdAt", Sort.Direction.Descending).and("id");

    /**
     * Writes the notification unless one with the same organisation, source, opportunity and change exists: answers
     * whether it was written. The database's unique key decides, so two deliveries of one event never both write.
     */
    public boolean recordOnce(Notification n) {
        return getEntityManager().createNativeQuery("""
                insert into notification (id, org_id, source, alert_id, opportunity_id, change, kind, title, message,
                                          created_at)
                values (:id, :org, :source, :alert, :opp, :change, :kind, :title, :message, :at)
                on conflict on constraint notification_once do nothing""")
                .setParameter("id", n.id).setParameter("org", n.orgId).setParameter("source", n.source)
                .setParameter("alert", n.alertId).setParameter("opp", n.opportunityId).setParameter("change", n.change)
                .setParameter("kind", n.kind.toString()).setParameter("title", n.title)
                .setParameter("message", n.message).setParameter("at", n.createdAt)
                .executeUpdate() == 1;
    }

    /** An organisation's notifications, newest first, then by id; only unread ones if asked. */
    public Page<Notification> of(String orgId, boolean unreadOnly, PageRequest page) {
        String query = unreadOnly ? "orgId = ?1 and readAt is null" : "orgId = ?1";
        return Pages.of(find(query, NEWEST_FIRST, orgId), page);
    }

    public Optional<Notification> findOf(String orgId, String id) {
        return find("id = ?1 and orgId = ?2", id, orgId).firstResultOptional();
    }

    /** The alerts that told their organisations of this opportunity's publication. */
    public List<Notification> publicationsOf(String opportunityId) {
        return list("opportunityId = ?1 and change = ?2 and alertId is not null", Sort.by("id"), opportunityId,
                "published");
    }
}
