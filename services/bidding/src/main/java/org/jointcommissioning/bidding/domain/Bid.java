package org.jointcommissioning.bidding.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import org.jointcommissioning.common.money.StoredMoney;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.contracts.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A bid of one organisation on one lot. Sealed until {@link #openedAt} is set at the deadline. */
@Entity
@Audited
@Table(name = "bid")
public class Bid {

    @Id
    public String id;

    @Column(name = "opportunity_id")
    public String opportunityId;

    @Column(name = "lot_id")
    public String lotId;

    @Column(name = "organisation_id")
    public String organisationId;

    private BidStatus status;

    /** Sealed: never in the audit trail, whose history others read. */
    @Embedded
    @NotAudited
    @AttributeOverride(name = "amount", column = @Column(name = "price_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "price_currency"))
    private StoredMoney price;

    /** Sealed: never in the audit trail, whose history others read. */
    @JdbcTypeCode(SqlTypes.JSON)
    @NotAudited
    private BidContent content;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    private BigDecimal score;

    @Column(name = "rank")
    private Integer rank;

    private String feedback;

    @Column(name = "award_id")
    private String awardId;

    @Column(name = "outcome_at")
    private Instant outcomeAt;

    /** The decision notice's reasons: each criterion's score beside the winner's; empty before the outcome. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "criterion_scores")
    private List<CriterionResult> criterionScores;

    /** When the award's standstill ends; null without one. */
    @Column(name = "standstill_ends_at")
    private Instant standstillEndsAt;

    @Version
    public long version;

    /** A new live bid, sealed until the opportunity's deadline. */
    public static Bid submitted(String id, String opportunityId, String lotId, String organisationId, Money price,
                                BidContent content, Instant now) {
        Bid bid = new Bid();
        bid.id = id;
        bid.opportunityId = opportunityId;
        bid.lotId = lotId;
        bid.organisationId = organisationId;
        bid.status = BidStatus.SUBMITTED;
        bid.setPrice(price);
        bid.content = content;
        bid.submittedAt = now;
        bid.updatedAt = now;
        return bid;
    }

    public BidStatus status() {
        return status;
    }

    /** A live bid's new price and content, before the deadline. */
    public void revise(Money price, BidContent content, Instant now) {
        if (!isLive()) {
            throw ProblemException.conflict("Bid " + id + " is " + status + " and can no longer be changed");
        }
        setPrice(price);
        this.content = content;
        updatedAt = now;
    }

    /** The bidder takes a live bid back before the deadline. */
    public void withdraw(Instant now) {
        if (!isLive()) {
            throw ProblemException.conflict("Bid " + id + " is " + status + " and can no longer be withdrawn");
        }
        moveTo(BidStatus.WITHDRAWN, now);
        withdrawnAt = now;
    }

    /** At the deadline a live bid is unsealed for evaluation. */
    public void open(Instant now) {
        moveTo(BidStatus.OPENED, now);
        openedAt = now;
    }

    /** The evaluation awarded this opened bid the lot, or does so on a revised outcome. */
    public void award(String awardId, BigDecimal score, Integer rank, String feedback, Instant now) {
        receiveOutcome(BidStatus.AWARDED, awardId, score, rank, feedback, now);
    }

    /** The evaluation did not award this opened bid the lot, or no longer does. */
    public void reject(String awardId, BigDecimal score, Integer rank, String feedback, Instant now) {
        receiveOutcome(BidStatus.UNSUCCESSFUL, awardId, score, rank, feedback, now);
    }

    private void receiveOutcome(BidStatus outcome, String awardId, BigDecimal score, Integer rank, String feedback,
                                Instant now) {
        moveTo(outcome, now);
        this.awardId = awardId;
        this.score = score;
        this.rank = rank;
        this.feedback = feedback;
        outcomeAt = now;
    }

    /** The decision notice that came with the outcome: the reasons by criterion, and the standstill's end. */
    public void noticeOfDecision(List<CriterionResult> scores, Instant standstillEndsAt) {
        this.criterionScores = List.copyOf(scores);
        this.standstillEndsAt = standstillEndsAt;
    }

    public List<CriterionResult> criterionScores() {
        return criterionScores == null ? List.of() : criterionScores;
    }

    public Instant standstillEndsAt() {
        return standstillEndsAt;
    }

    /** The opportunity was cancelled: a live or opened bid ends with it. */
    public void cancel(Instant now) {
        moveTo(BidStatus.CANCELLED, now);
        cancelledAt = now;
    }

    private void moveTo(BidStatus next, Instant now) {
        if (!status.canBecome(next)) {
            throw new IllegalStateException("Bid " + id + " is " + status + " and cannot become " + next);
        }
        status = next;
        updatedAt = now;
    }

    public Money price() {
        return price.toMoney();
    }

    private void setPrice(Money price) {
        this.price = StoredMoney.of(price);
    }

    public BidContent content() {
        return content;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public BigDecimal score() {
        return score;
    }

    public Integer rank() {
        return rank;
    }

    public String feedback() {
        return feedback;
    }

    public String awardId() {
        return awardId;
    }

    public boolean isLive() {
        return status == BidStatus.SUBMITTED;
    }

    /** Opened bids (and their results) may be read by the opportunity's owner and the auditor. */
    public boolean isOpened() {
        return openedAt != null;
    }
}
