package org.jointcommissioning.outcomes.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A contract announced by commissioning, identified by its award id, and the indicators it should move. */
@Entity
@Table(name = "contract")
public class Contract {

    @Id
    @Column(name = "award_id")
    public String awardId;
    @Column(name = "opportunity_id")
    public String opportunityId;
    @Column(name = "opportunity_title")
    public String opportunityTitle;
    @Column(name = "owner_org_id")
    public String ownerOrgId;
    @Column(name = "supplier_organisation_id")
    public String supplierOrganisationId;
    @Column(name = "supplier_name")
    public String supplierName;
    public BigDecimal amount;
    public String currency;
    @Column(name = "fund_id")
    public String fundId;
    @Column(name = "awarded_at")
    public Instant awardedAt;
    /** Set when the award is cancelled: the links to indicators end. */
    @Column(name = "cancelled_at")
    public Instant cancelledAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contract_indicator", joinColumns = @JoinColumn(name = "award_id"))
    public List<ContractIndicator> indicators = new ArrayList<>();

    public BigDecimal expectedImprovementOf(String code) {
        return indicators.stream().filter(i -> i.indicatorCode.equals(code))
                .map(i -> i.expectedImprovement).findFirst().orElse(BigDecimal.ZERO);
    }
}
