package org.jointcommissioning.budgets.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jointcommissioning.common.problem.ProblemException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A fund's financial year: the rule its over- or underspend is settled by, and once closed what it came to and
 * each partner's share, then what became of an underspend. Its money lives in the journal, not here.
 */
@Entity
@Audited
@Table(name = "fund_year")
public class FundYear {

    @Id
    public String id;
    @Column(name = "fund_id")
    public String fundId;
    public String label;
    private YearStatus status = YearStatus.OPEN;
    @Column(name = "settlement_rule")
    public SettlementRule settlementRule;
    @Column(name = "host_tranche")
    public BigDecimal hostTranche;
    @Column(name = "opened_at")
    public Instant openedAt;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "closed_by")
    public String closedBy;
    /** Figures fixed at the close (null while open). */
    public BigDecimal contributions;
    @Column(name = "carried_in")
    public BigDecimal carriedIn;
    public BigDecimal spent;
    @Column(name = "rolled_in")
    public BigDecimal rolledIn;
    @Column(name = "rolled_out")
    public BigDecimal rolledOut;
    public BigDecimal variance;
    @Column(name = "underspend_decision")
    private UnderspendDecision underspendDecision = UnderspendDecision.NONE;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fund_year_share", joinColumns = @JoinColumn(name = "year_id"))
    @MapKeyColumn(name = "partner_id")
    @Column(name = "percent")
    public Map<String, BigDecimal> fixedShares = new HashMap<>();

    /** Each partner's share of the variance, signed as it (fixed at the close). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fund_year_settlement", joinColumns = @JoinColumn(name = "year_id"))
    @MapKeyColumn(name = "partner_id")
    @Column(name = "amount")
    private Map<String, BigDecimal> shares = new HashMap<>();

    /** Members whose finance manager approved carrying the underspend forward, and who approved. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fund_year_approval", joinColumns = @JoinColumn(name = "year_id"))
    @MapKeyColumn(name = "partner_id")
    @Column(name = "approved_by")
    private Map<String, String> approvals = new HashMap<>();

    public FinancialYear year() {
        return FinancialYear.parse(label).orElseThrow();
    }

    public YearStatus status() {
        return status;
    }

    public boolean isClosed() {
        return status == YearStatus.CLOSED;
    }

    public UnderspendDecision underspendDecision() {
        return underspendDecision;
    }

    public YearRiskShare riskShare(String hostPartnerId) {
        return new YearRiskShare(settlementRule, fixedShares, hostTranche, hostPartnerId);
    }

    /** Fixes the year's figures and shares; an underspend then waits for the members' decision. */
    public void close(YearFigures figures, Map<String, BigDecimal> settled, String by, Instant now) {
        if (isClosed()) {
            throw ProblemException.conflict("Financial year " + label + " of fund " + fundId + " is already closed");
        }
        contributions = figures.contributions();
        carriedIn = figures.carriedIn();
        spent = figures.spent();
        rolledIn = figures.rolledIn();
        rolledOut = figures.rolledOut();
        variance = figures.variance();
        shares.putAll(settled);
        status = YearStatus.CLOSED;
        closedAt = now;
        closedBy = by;
        underspendDecision = variance.signum() > 0 ? UnderspendDecision.AWAITING_DECISION : UnderspendDecision.NONE;
    }

    public Map<String, BigDecimal> shares() {
        return new TreeMap<>(shares);
    }

    /** The figures fixed at the close. */
    public YearFigures figures() {
        return new YearFigures(contributions, carriedIn, spent, rolledIn, rolledOut);
    }

    /** Records a member's approval; answers whether it is new (approving twice changes nothing). */
    public boolean approveCarryForward(String partnerId, String by) {
        requireAwaitingDecision();
        return approvals.putIfAbsent(partnerId, by) == null;
    }

    public Set<String> awaiting(Set<String> members) {
        Set<String> awaiting = new TreeSet<>(members);
        awaiting.removeAll(approvals.keySet());
        return awaiting;
    }

    public Map<String, String> approvals() {
        return new TreeMap<>(approvals);
    }

    public void decide(UnderspendDecision decision) {
        requireAwaitingDecision();
        underspendDecision = decision;
    }

    private void requireAwaitingDecision() {
        if (underspendDecision != UnderspendDecision.AWAITING_DECISION) {
            throw ProblemException.conflict("Financial year " + label + " of fund " + fundId
                    + " has no underspend awaiting a decision (" + underspendDecision + ")");
        }
    }
}
