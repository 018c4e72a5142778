package org.jointcommissioning.budgets.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which budget line an award's reservation, commitment and payments fall on, and the months its payments are due
 * in, as the host's finance manager records them from the contract.
 */
@Entity
@Audited
@Table(name = "commitment_plan")
public class CommitmentPlan {

    @Id
    @Column(name = "award_id")
    public String awardId;
    @Column(name = "fund_id")
    public String fundId;
    @Column(name = "line_code")
    public String lineCode;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "commitment_schedule", joinColumns = @JoinColumn(name = "award_id"))
    @OrderColumn(name = "position")
    public List<Instalment> schedule = new ArrayList<>();

    /** An amount due in a month (yyyy-MM). */
    @Embeddable
    public static class Instalment {
        public String month;
        public BigDecimal amount;

        public static Instalment of(String month, BigDecimal amount) {
            Instalment instalment = new Instalment();
            instalment.month = month;
            instalment.amount = amount;
            return instalment;
        }
    }
}
