package org.jointcommissioning.bidding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jointcommissioning.contracts.money.Money;

import java.math.BigDecimal;
import java.time.Instant;

/** A bid of one organisation on one lot. Sealed until {@link #openedAt} is set at the deadline. */
@Entity
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

    @Enumerated(EnumType.STRING)
    public BidStatus status;

    @Column(name = "price_amount")
    public BigDecimal priceAmount;

    @Column(name = "price_currency")
    public String priceCurrency;

    @Convert(converter = JsonColumns.Content.class)
    public BidContent content;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    public BigDecimal score;

    @Column(name = "rank")
    public Integer rank;

    public String feedback;

    @Column(name = "award_id")
    public String awardId;

    @Column(name = "outcome_at")
    public Instant outcomeAt;

    @Version
    public long version;

    public Money price() {
        return Money.of(priceAmount, priceCurrency);
    }

    public void setPrice(Money price) {
        priceAmount = price.amount();
        priceCurrency = price.currency();
    }

    public boolean isLive() {
        return status == BidStatus.SUBMITTED;
    }

    /** Opened bids (and their results) may be read by the opportunity's owner and the auditor. */
    public boolean isOpened() {
        return openedAt != null;
    }
}
