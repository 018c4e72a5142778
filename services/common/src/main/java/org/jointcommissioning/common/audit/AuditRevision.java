package org.jointcommissioning.common.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import java.time.Instant;

/**
 * One transaction's changes to audited entities: when, by whom (the token's subject and user name and the caller's
 * organisation, or {@code event:<consumer>} for a change made by an event consumer) and the request that made it.
 * Every {@code *_aud} row points at one; {@link AuditRevisionListener} fills it in the same transaction.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    public long id;

    @RevisionTimestamp
    @Column(name = "changed_at")
    public Instant changedAt;

    public String subject;

    @Column(name = "user_name")
    public String userName;

    @Column(name = "org_id")
    public String orgId;

    @Column(name = "request_id")
    public String requestId;
}
