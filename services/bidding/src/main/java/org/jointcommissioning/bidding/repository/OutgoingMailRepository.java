package org.jointcommissioning.bidding.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The outbox of mails: written with the notification, claimed and then sent by the sender. */
@ApplicationScoped
public class OutgoingMailRepository {

    /** A mail to send. */
    public record OutgoingMail(String id, String recipient, String subject, String body) {
    }

    @Inject
    EntityManager em;

    public void queue(String notificationId, String recipient, String subject, String body, Instant now) {
        em.createNativeQuery("""
                insert into outgoing_mail (id, notification_id, recipient, subject, body, created_at)
                values (:id, :notification, :recipient, :subject, :body, :at)""")
                .setParameter("id", UUID.randomUUID().toString()).setParameter("notification", notificationId)
                .setParameter("recipient", recipient).setParameter("subject", subject).setParameter("body", body)
                .setParameter("at", now).executeUpdate();
    }

    /**
     * Claims the oldest unclaimed mails, skipping those another replica is claiming: once the claim commits, no
     * sender will take them again, whatever happens to the send.
     */
    @SuppressWarnings("unchecked")
    public List<OutgoingMail> claim(int limit, Instant now) {
        List<Tuple> rows = em.createNativeQuery("""
                update outgoing_mail set claimed_at = :now
                where id in (select id from outgoing_mail where claimed_at is null
                             order by created_at, id limit :limit for update skip locked)
                returning id, recipient, subject, body""", Tuple.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new OutgoingMail((String) r.get("id"), (String) r.get("recipient"),
                (String) r.get("subject"), (String) r.get("body"))).toList();
    }

    public void sent(String id, Instant now) {
        em.createNativeQuery("update outgoing_mail set sent_at = :now where id = :id")
                .setParameter("now", now).setParameter("id", id).executeUpdate();
    }

    public void failed(String id, String failure, Instant now) {
        String reason = failure == null ? "unknown" : failure.substring(0, Math.min(failure.length(), 1000));
        em.createNativeQuery("update outgoing_mail set failed_at = :now, failure = :failure where id = :id")
                .setParameter("now", now).setParameter("failure", reason).setParameter("id", id).executeUpdate();
    }
}
