package org.jointcommissioning.commissioning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.jointcommissioning.common.problem.ProblemException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A tender or grant under a framework, owned by one partner, with lots and deadlines. */
@Entity
@Audited
public class Opportunity {

    @Id
    public String id;
    @Column(name = "owner_org_id")
    public String ownerOrgId;
    @Column(name = "framework_id")
    public String frameworkId;
    public String title;
    public String description;
    public Route route;
    @Column(name = "fund_id")
    public String fundId;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Lot> lots;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Criterion> criteria;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<IndicatorGoal> indicators;
    /** The sum of the lots' estimated values, kept for searching by value. */
    @Column(name = "estimated_value")
    public BigDecimal estimatedValue;
    @Column(name = "clarification_deadline")
    public Instant clarificationDeadline;
    @Column(name = "submission_deadline")
    public Instant submissionDeadline;
    private OpportunityStatus status;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Version
    public int version;

    public Optional<Lot> lot(String lotId) {
        return lots.stream().filter(l -> l.id().equals(lotId)).findFirst();
    }

    /** Public once published: drafts are seen only by the owner's commissioners. */
    public boolean isPublic() {
        return status != OpportunityStatus.DRAFT;
    }

    /** Bids have been opened: the deadline has passed and the opportunity was not cancelled before it. */
    public boolean isPastDeadline() {
        return closedAt != null;
    }

    /** A new draft of the partner's, editable until published. */
    public static Opportunity draft(String id, String ownerOrgId, Instant now) {
        Opportunity opportunity = new Opportunity();
        opportunity.id = id;
        opportunity.ownerOrgId = ownerOrgId;
        opportunity.status = OpportunityStatus.DRAFT;
        opportunity.createdAt = now;
        opportunity.updatedAt = now;
        return opportunity;
    }

    public OpportunityStatus status() {
        return status;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public boolean is(OpportunityStatus status) {
        return this.status == status;
    }

    /** 409 unless the opportunity is in one of the states that allow the action. */
    public void require(String action, OpportunityStatus... allowed) {
        if (!List.of(allowed).contains(status)) {
            throw ProblemException.conflict("A " + status + " opportunity cannot be " + action);
        }
    }

    public void publish(Instant now) {
        require("published", OpportunityStatus.DRAFT);
        moveTo(OpportunityStatus.PUBLISHED, now);
        publishedAt = now;
    }

    /** The submission deadline has passed: bids are opened for evaluation. */
    public void close(Instant now) {
        moveTo(OpportunityStatus.CLOSED, now);
        closedAt = now;
    }

    public void cancel(String reason, Instant now) {
        require("cancelled", OpportunityStatus.PUBLISHED, OpportunityStatus.CLOSED);
        moveTo(OpportunityStatus.CANCELLED, now);
        cancelledAt = now;
        cancelReason = reason;
    }

    /** A closed opportunity that will not be awarded. */
    public void declareUnsuccessful(Instant now) {
        require("declared unsuccessful", OpportunityStatus.CLOSED);
        moveTo(OpportunityStatus.UNSUCCESSFUL, now);
    }

    /** Every lot that drew bids has an active award. */
    public void markAwarded(Instant now) {
        moveTo(OpportunityStatus.AWARDED, now);
    }

    /** An award was cancelled: an awarded opportunity is closed again, awaiting another award. */
    public void awardWithdrawn(Instant now) {
        if (status == OpportunityStatus.AWARDED) {
            moveTo(OpportunityStatus.CLOSED, now);
        }
    }

    private void moveTo(OpportunityStatus next, Instant now) {
        if (!status.canBecome(next)) {
            throw new IllegalStateException("Opportunity " + id + " is " + status + " and cannot become " + next);
        }
        status = next;
        updatedAt = now;
    }
}
