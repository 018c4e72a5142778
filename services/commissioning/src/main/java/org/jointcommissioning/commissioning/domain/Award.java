package org.jointcommissioning.commissioning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jointcommissioning.common.money.StoredMoney;
import org.jointcommissioning.common.problem.ProblemException;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The award of a lot to a bid. Once the pooled fund has reserved the money the decision is notified and the award
 * stands still until {@code standstillEndsAt}; only then is the contract entered into and the award active.
 */
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
    /** When the money was reserved and the decision notified; null if it never was. */
    @Column(name = "standstill_started_at")
    private Instant standstillStartedAt;
    /** When the contract may be entered into; null before the decision is notified. */
    @Column(name = "standstill_ends_at")
    private Instant standstillEndsAt;
    /** When the contract was entered into; null if it never was. */
    @Column(name = "activated_at")
    private Instant activatedAt;
    /** When it failed or was cancelled. */
    @Column(name = "ended_at")
    private Instant endedAt;
    /** The trace of the decision (W3C traceparent), which the contract, entered later by a job, continues. */
    @Column(name = "traceparent")
    @NotAudited
    public String traceparent;
    @Version
    public int version;

    public boolean isLive() {
        return status.isLive();
    }

    /** The decision was notified (and published), with or without a standstill. */
    public boolean wasAnnounced() {
        return standstillStartedAt != null;
    }

    /** The contract was entered into. */
    public boolean wasContracted() {
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

    public Instant standstillStartedAt() {
        return standstillStartedAt;
    }

    public Instant standstillEndsAt() {
        return standstillEndsAt;
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

    /** The fund reserved the money: the decision is notified and the standstill runs until {@code endsAt}. */
    public void standStill(Instant now, Instant endsAt) {
        moveTo(AwardStatus.STANDSTILL);
        standstillStartedAt = now;
        standstillEndsAt = endsAt;
    }

    /** The standstill is over (or there was none): the contract is entered into. */
    public void activate(Instant now) {
        if (status == AwardStatus.STANDSTILL && now.isBefore(standstillEndsAt)) {
            throw new IllegalStateException("Award " + id + " stands still until " + standstillEndsAt);
        }
        moveTo(AwardStatus.ACTIVE);
        activatedAt = now;
    }

    /** Whether an unsuccessful bidder may still challenge the decision. */
    public boolean isChallengeable(Instant now) {
        return (status == AwardStatus.STANDSTILL || status == AwardStatus.SUSPENDED) && now.isBefore(standstillEndsAt);
    }

    /** A challenge is open: the contract may not be entered into until it is answered. */
    public void suspend() {
        if (status == AwardStatus.STANDSTILL) {
            moveTo(AwardStatus.SUSPENDED);
        }
    }

    /** The last open challenge was dismissed: the standstill runs on to its end (which may have passed). */
    public void resume() {
        moveTo(AwardStatus.STANDSTILL);
    }

    public boolean standstillOver(Instant now) {
        return status == AwardStatus.STANDSTILL && !now.isBefore(standstillEndsAt);
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
