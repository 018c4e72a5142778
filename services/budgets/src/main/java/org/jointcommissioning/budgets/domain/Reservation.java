package org.jointcommissioning.budgets.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jointcommissioning.common.problem.ProblemException;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An award's hold on a fund, made only by the award saga: one per award. The amount is what the award asked
 * for; what is still held or unpaid is read from the journal.
 */
@Entity
@Audited
@Table(name = "reservation")
public class Reservation {

    @Id
    public String id;
    @Column(name = "fund_id")
    public String fundId;
    @Column(name = "award_id")
    public String awardId;
    public BigDecimal amount;
    private ReservationStatus status;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Money set aside for an award, until its contract is announced or it is cancelled. */
    public static Reservation reserve(String id, String fundId, String awardId, BigDecimal amount, Instant now) {
        Reservation reservation = new Reservation();
        reservation.id = id;
        reservation.fundId = fundId;
        reservation.awardId = awardId;
        reservation.amount = amount;
        reservation.status = ReservationStatus.RESERVED;
        reservation.createdAt = now;
        reservation.updatedAt = now;
        return reservation;
    }

    public ReservationStatus status() {
        return status;
    }

    public boolean is(ReservationStatus status) {
        return this.status == status;
    }

    /** The contract is announced: the reservation becomes a commitment. */
    public void commit(Instant now) {
        moveTo(ReservationStatus.COMMITTED, now);
    }

    /** The award is cancelled: what is held returns to the fund. */
    public void release(Instant now) {
        moveTo(ReservationStatus.RELEASED, now);
    }

    private void moveTo(ReservationStatus next, Instant now) {
        if (!status.canBecome(next)) {
            throw ProblemException.conflict("Reservation " + id + " is " + status + " and cannot become " + next);
        }
        status = next;
        updatedAt = now;
    }
}
