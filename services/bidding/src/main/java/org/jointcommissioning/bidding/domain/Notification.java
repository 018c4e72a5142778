package org.jointcommissioning.bidding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Something an organisation is told about an opportunity: a publication that matched one of its alerts, or a
 * change (a cancellation, a clarification answer) of one it follows or was alerted to. Written once per source,
 * opportunity and change (a unique key), so it is never told twice.
 */
@Entity
@Table(name = "notification")
public class Notification {

    /** The source of notifications that come from following an opportunity rather than from an alert. */
    public static final String FOLLOWED = "follow";

    @Id
    public String id;

    @Column(name = "org_id")
    public String orgId;

    public String source;

    @Column(name = "alert_id")
    public String alertId;

    @Column(name = "opportunity_id")
    public String opportunityId;

    public String change;

    public NotificationKind kind;

    public String title;

    public String message;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    /** Marks it read; reading it again keeps the first time. */
    public void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }
}
