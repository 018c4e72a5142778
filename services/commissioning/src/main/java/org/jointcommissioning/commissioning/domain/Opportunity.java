package org.jointcommissioning.commissioning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jointcommissioning.contracts.events.IndicatorTarget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A tender or grant under a framework, owned by one partner, with lots and deadlines. */
@Entity
public class Opportunity {

    @Id
    public String id;
    @Column(name = "owner_org_id")
    public String ownerOrgId;
    @Column(name = "framework_id")
    public String frameworkId;
    public String title;
    public String description;
    @Enumerated(EnumType.STRING)
    public Route route;
    @Column(name = "fund_id")
    public String fundId;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Lot> lots;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Criterion> criteria;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<IndicatorTarget> indicators;
    /** The sum of the lots' estimated values, kept for searching by value. */
    @Column(name = "estimated_value")
    public BigDecimal estimatedValue;
    @Column(name = "clarification_deadline")
    public Instant clarificationDeadline;
    @Column(name = "submission_deadline")
    public Instant submissionDeadline;
    @Enumerated(EnumType.STRING)
    public OpportunityStatus status;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "cancelled_at")
    public Instant cancelledAt;
    @Column(name = "cancel_reason")
    public String cancelReason;
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
}
