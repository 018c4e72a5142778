package org.jointcommissioning.bidding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** This service's own view of a commissioning opportunity, built from commissioning's events. */
@Entity
@Table(name = "opportunity")
public class Opportunity {

    @Id
    public String id;

    @Column(name = "owner_org_id")
    public String ownerOrgId;

    private String title;

    private OpportunityStatus status;

    @Column(name = "submission_deadline")
    private Instant submissionDeadline;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Lot> lots;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Criterion> criteria;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "technical_scoring_completed_at")
    private Instant technicalScoringCompletedAt;

    /** An opportunity as commissioning announced it, or first heard of through a later event. */
    public static Opportunity known(String id, String ownerOrgId) {
        Opportunity opportunity = new Opportunity();
        opportunity.id = id;
        opportunity.ownerOrgId = ownerOrgId;
        opportunity.status = OpportunityStatus.PUBLISHED;
        opportunity.lots = List.of();
        opportunity.criteria = List.of();
        return opportunity;
    }

    public OpportunityStatus status() {
        return status;
    }

    /** What commissioning published: the opportunity takes bids on these lots until the deadline. */
    public void publish(String title, Instant submissionDeadline, List<Lot> lots, List<Criterion> criteria) {
        if (status != OpportunityStatus.PUBLISHED) {
            throw new IllegalStateException("Opportunity " + id + " is " + status + " and cannot be published again");
        }
        this.title = title;
        this.submissionDeadline = submissionDeadline;
        this.lots = List.copyOf(lots);
        this.criteria = List.copyOf(criteria);
    }

    /** The submission deadline passed: no more bids. */
    public void close(Instant at) {
        moveTo(OpportunityStatus.CLOSED);
        closedAt = at;
    }

    public void cancel(Instant at) {
        moveTo(OpportunityStatus.CANCELLED);
        cancelledAt = at;
    }

    /** Commissioning has every opened bid's technical (quality and social-value) scores: financial envelopes may open. */
    public void technicalScoringCompleted(Instant at) {
        if (technicalScoringCompletedAt == null) {
            technicalScoringCompletedAt = at;
        }
    }

    public Instant technicalScoringCompletedAt() {
        return technicalScoringCompletedAt;
    }

    /** Unknown (null) when this service heard of the opportunity only after its publication. */
    public String title() {
        return title;
    }

    public Instant submissionDeadline() {
        return submissionDeadline;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    private void moveTo(OpportunityStatus next) {
        if (!status.canBecome(next)) {
            throw new IllegalStateException("Opportunity " + id + " is " + status + " and cannot become " + next);
        }
        status = next;
    }

    /** Open for bids: published and the deadline not yet reached by the server's clock. */
    public boolean acceptsBidsAt(Instant now) {
        return status == OpportunityStatus.PUBLISHED && submissionDeadline != null && now.isBefore(submissionDeadline);
    }

    public Optional<Lot> lot(String lotId) {
        return lots == null ? Optional.empty() : lots.stream().filter(l -> l.lotId().equals(lotId)).findFirst();
    }

    /** The criteria a bid must answer in words: quality and social value (price is the bid's price). */
    public List<Criterion> answerableCriteria() {
        return criteria == null ? List.of() : criteria.stream().filter(c -> !"price".equals(c.kind())).toList();
    }
}
