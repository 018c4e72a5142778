package org.jointcommissioning.commissioning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/** The award of a lot to a bid, which becomes active only when the pooled fund has reserved the money. */
@Entity
public class Award {

    @Id
    public String id;
    @Column(name = "opportunity_id")
    public String opportunityId;
    @Column(name = "lot_id")
    public String lotId;
    @Column(name = "bid_id")
    public String bidId;
    public BigDecimal amount;
    public String currency;
    @Column(name = "fund_id")
    public String fundId;
    @Enumerated(EnumType.STRING)
    public AwardStatus status;
    @Column(name = "failure_reason")
    public String failureReason;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    /** When the money was reserved and the contract announced; null if it never was. */
    @Column(name = "activated_at")
    public Instant activatedAt;
    /** When it failed or was cancelled. */
    @Column(name = "ended_at")
    public Instant endedAt;
    @Version
    public int version;

    public boolean isLive() {
        return status == AwardStatus.PENDING_FUNDING || status == AwardStatus.ACTIVE;
    }

    public boolean wasAnnounced() {
        return activatedAt != null;
    }
}
