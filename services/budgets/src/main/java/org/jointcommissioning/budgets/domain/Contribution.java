package org.jointcommissioning.budgets.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A partner's pledge to a fund, or money it paid in (beyond its pledge when additional). */
@Entity
public class Contribution extends PanacheEntityBase {

    @Id
    public String id;
    public String fundId;
    public String partnerId;
    @Enumerated(EnumType.STRING)
    public ContributionKind kind;
    public BigDecimal amount;
    @Column(name = "contribution_date")
    public LocalDate date;
    public String reference;
    public boolean additional;
    public Instant recordedAt;
    public String recordedBy;
}
