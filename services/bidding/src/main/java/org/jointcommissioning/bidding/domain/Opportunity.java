package org.jointcommissioning.bidding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jointcommissioning.contracts.events.CriterionSummary;
import org.jointcommissioning.contracts.events.LotSummary;

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

    public String title;

    @Enumerated(EnumType.STRING)
    public OpportunityStatus status;

    @Column(name = "submission_deadline")
    public Instant submissionDeadline;

    @Convert(converter = JsonColumns.Lots.class)
    public List<LotSummary> lots;

    @Convert(converter = JsonColumns.Criteria.class)
    public List<CriterionSummary> criteria;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    /** Open for bids: published and the deadline not yet reached by the server's clock. */
    public boolean acceptsBidsAt(Instant now) {
        return status == OpportunityStatus.PUBLISHED && submissionDeadline != null && now.isBefore(submissionDeadline);
    }

    public Optional<LotSummary> lot(String lotId) {
        return lots == null ? Optional.empty() : lots.stream().filter(l -> l.lotId().equals(lotId)).findFirst();
    }

    /** The criteria a bid must answer in words: quality and social value (price is the bid's price). */
    public List<CriterionSummary> answerableCriteria() {
        return criteria == null ? List.of() : criteria.stream().filter(c -> !"price".equals(c.kind())).toList();
    }
}
