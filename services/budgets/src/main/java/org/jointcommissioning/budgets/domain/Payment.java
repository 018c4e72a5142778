package org.jointcommissioning.budgets.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Money paid out of a fund against an award's commitment. */
@Entity
@Audited
@Table(name = "payment")
public class Payment {

    @Id
    public String id;
    @Column(name = "fund_id")
    public String fundId;
    @Column(name = "reservation_id")
    public String reservationId;
    @Column(name = "award_id")
    public String awardId;
    public BigDecimal amount;
    @Column(name = "payment_date")
    public LocalDate date;
    public String reference;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;
}
