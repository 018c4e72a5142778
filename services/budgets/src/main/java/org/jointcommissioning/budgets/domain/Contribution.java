package org.jointcommissioning.budgets.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A partner's pledge to a fund, or money it paid in (beyond its pledge when additional). */
@Entity
@Audited
@Table(name = "contribution")
public class Contribution {

    @Id
    public String id;
    @Column(name = "fund_id")
    public String fundId;
    @Column(name = "partner_id")
    public String partnerId;
    public ContributionKind kind;
    public BigDecimal amount;
    @Column(name = "contribution_date")
    public LocalDate date;
    public String reference;
    public boolean additional;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;
}
