package org.jointcommissioning.budgets.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Money paid out of a fund against an award's commitment. */
@Entity
public class Payment extends PanacheEntityBase {

    @Id
    public String id;
    public String fundId;
    public String reservationId;
    public String awardId;
    public BigDecimal amount;
    @Column(name = "payment_date")
    public LocalDate date;
    public String reference;
    public Instant recordedAt;
    public String recordedBy;
}
