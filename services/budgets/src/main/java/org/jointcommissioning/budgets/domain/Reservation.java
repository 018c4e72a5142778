package org.jointcommissioning.budgets.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An award's hold on a fund, made only by the award saga: one per award. The amount is what the award asked
 * for; what is still held or unpaid is read from the journal.
 */
@Entity
public class Reservation extends PanacheEntityBase {

    @Id
    public String id;
    public String fundId;
    public String awardId;
    public BigDecimal amount;
    @Enumerated(EnumType.STRING)
    public ReservationStatus status;
    public Instant createdAt;
    public Instant updatedAt;
}
