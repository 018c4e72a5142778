package org.jointcommissioning.commissioning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.jointcommissioning.common.money.StoredMoney;
import org.jointcommissioning.common.problem.ProblemException;

import java.math.BigDecimal;
import java.time.Instant;

/** The award of a lot to a bid, which becomes active only when the pooled fund has reserved the money. */
@Entity
@Audited
public class Award {

    @Id
    public String id;
    @Column(name = "opportunity_id")
    public String opportunityId;
    @Column(name = "lot_id")
    public String lotId;
    @Column(name = "bid_id")
    public String bidId;
    /** In the columns amount and currency. */
    @Embedded
    public StoredMoney amount;
    @Column(name = "fund_id")
    public String fundId;
    private AwardStatus status;
    @Column(name = "failure_reason")
    private String failureReason;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    /** When the money was reserved and the contract announced; null if it never was. */
    @Column(name = "activated_at")
    private Instant activatedAt;
    /** When it failed or was cancelled. */
    @Column(name = "ended_at")
    private Instant endedAt;
    @Version
    public int version;

    public boolean isLive() {
        return status == AwardStatus.PENDING_FUNDING || status == AwardStatus.ACTIVE;
    }

    public boolean wasAnnounced() {
        return activatedAt != null;
    }

    /** An award waiting for its fund to reserve the money. */
    public static Award pending(String id, String opportunityId, String lotId, String bidId, BigDecimal amount,
                                String currency, String fundId, String createdBy, Instant now) {
        Award award = new Award();
        award.id = id;
        award.opportunityId = opportunityId;
        award.lotId = lotId;
        award.bidId = bidId;
        award.amount = StoredMoney.of(amount, currency);
        award.fundId = fundId;
        award.status = AwardStatus.PENDING_FUNDING;
        award.createdBy = createdBy;
        award.createdAt = now;
        return award;
    }

    public AwardStatus status() {
        return status;
    }

    public String failureReason() {
        return failureReason;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public boolean is(AwardStatus status) {
        return this.status == status;
    }

    /** The fund reserved the money: the contract is announced. */
    public void activate(Instant now) {
        moveTo(AwardStatus.ACTIVE);
        activatedAt = now;
    }

    /** The fund could not pay. */
    public void fail(String reason, Instant now) {
        moveTo(AwardStatus.FUNDING_FAILED);
        failureReason = reason;
        endedAt = now;
    }

    public void cancel(String reason, Instant now) {
        if (!isLive()) {
            throw ProblemException.conflict("A " + status + " award cannot be cancelled");
        }
        moveTo(AwardStatus.CANCELLED);
        cancelReason = reason;
        endedAt = now;
    }

    private void moveTo(AwardStatus next) {
        if (!status.canBecome(next)) {
            throw new IllegalStateException("Award " + id + " is " + status + " and cannot become " + next);
        }
        status = next;
    }
}
