package org.jointcommissioning.commissioning.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jointcommissioning.common.money.StoredMoney;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
    /** The bidder's legal form, charity and company numbers and the districts it serves; absent on bids opened before they were carried. */
    @Column(name = "legal_form")
    public String legalForm;
    @Column(name = "charity_number")
    public String charityNumber;
    @Column(name = "company_number")
    public String companyNumber;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "districts_served")
    public List<String> districtsServed = List.of();
    /** In the columns price and currency. */
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "price"))
    public StoredMoney price;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "opened_at")
    public Instant openedAt;

    /** The bidder's organisation identifier: its charity number if it has one, else its company number. */
    public Optional<OrgId> orgId() {
        return OrgId.charity(charityNumber).or(() -> OrgId.company(companyNumber));
    }
}
