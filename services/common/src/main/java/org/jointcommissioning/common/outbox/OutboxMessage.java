package org.jointcommissioning.common.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One event waiting in the outbox, or already sent. */
@Entity
@Table(name = "outbox")
public class OutboxMessage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    /** The CloudEvents id: consumers de-duplicate on it. */
    public String id;
    public String topic;
    @Column(name = "message_key")
    public String key;
    public String type;
    public String source;
    public String subject;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String payload;
    @Column(name = "sent_at")
    public Instant sentAt;
    public int attempts;
    @Column(name = "last_error")
    public String lastError;
    /** The W3C trace context of the writing transaction, if it was traced. */
    public String traceparent;
    @Column(name = "request_id")
    public String requestId;
}
