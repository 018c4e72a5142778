package org.jointcommissioning.budgets.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A line of a fund's plan for one year (a scheme, a service area), with its budget. Lines are known by a code
 * that stays the same from year to year, so that commitments put on a line carry into the next year's line.
 */
@Entity
@Audited
@Table(name = "budget_line")
public class BudgetLine {

    @Id
    public String id;
    @Column(name = "fund_id")
    public String fundId;
    @Column(name = "year_label")
    public String yearLabel;
    public String code;
    public String name;
    public BigDecimal budget;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
