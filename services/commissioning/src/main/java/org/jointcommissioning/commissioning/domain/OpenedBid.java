package org.jointcommissioning.commissioning.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jointcommissioning.common.money.StoredMoney;

import java.time.Instant;

/** A bid the bidding service opened after the deadline: what evaluation and awarding need of it. */
@Entity
@jakarta.persistence.Table(name = "opened_bid")
public class OpenedBid {

    @Id
    @Column(name = "bid_id")
    public String bidId;
    @Column(name = "opportunity_id")
    public String opportunityId;
    @Column(name = "lot_id")
    public String lotId;
    @Column(name = "organisation_id")
    public String organisationId;
    @Column(name = "organisation_name")
    public String organisationName;
    /** In the columns price and currency. */
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "price"))
    public StoredMoney price;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "opened_at")
    public Instant openedAt;
}
