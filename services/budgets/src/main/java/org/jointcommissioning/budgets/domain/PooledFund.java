package org.jointcommissioning.budgets.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jointcommissioning.common.problem.ProblemException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A pot that partners pool money into, hosted by one of them. Its members (the host always among them) are the
 * partners whose people may read it and put money in. Its money lives in the journal, not here.
 */
@Entity
@Audited
@Table(name = "pooled_fund")
public class PooledFund {

    @Id
    public String id;
    public String name;
    public String purpose;
    @Column(name = "host_partner_id")
    public String hostPartnerId;
    @Column(name = "financial_year")
    public String financialYear;
    public String currency;
    @Column(name = "risk_share_rule")
    public RiskShareRule riskShareRule;
    private FundStatus status = FundStatus.OPEN;
    @Column(name = "created_at")
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fund_indicator", joinColumns = @JoinColumn(name = "fund_id"))
    @OrderColumn(name = "position")
    @Column(name = "indicator_code")
    public List<String> indicatorCodes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fund_share", joinColumns = @JoinColumn(name = "fund_id"))
    @MapKeyColumn(name = "partner_id")
    @Column(name = "percent")
    public Map<String, BigDecimal> fixedShares = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fund_member", joinColumns = @JoinColumn(name = "fund_id"))
    @Column(name = "partner_id")
    private Set<String> members = new HashSet<>();

    /** The partners a new fund is set up with, the host among them; later changes go through changeMembers. */
    public void setUpWith(Set<String> memberIds) {
        if (!members.isEmpty()) {
            throw new IllegalStateException("Fund " + id + " is already set up with members");
        }
        members.addAll(memberIds);
    }

    /**
     * Sets the members of an open fund; answers whether they changed. A partner with money in the fund (as
     * {@code hasMoney} tells) stays a member, and so does a holder of a fixed share: the shares are the pooling
     * agreement and no operation changes them.
     */
    public boolean changeMembers(Set<String> after, Predicate<String> hasMoney) {
        if (!isOpen()) {
            throw ProblemException.conflict("Fund " + id + " is closed: its members no longer change");
        }
        if (members.equals(after)) {
            return false;
        }
        for (String leaving : new TreeSet<>(members)) {
            if (!after.contains(leaving) && hasMoney.test(leaving)) {
                throw ProblemException.conflict(leaving + " has pledged or paid money into fund " + id
                        + " and stays a member");
            }
        }
        Set<String> outside = shareHoldersOutside(after);
        if (!outside.isEmpty()) {
            throw ProblemException.conflict("The fixed risk-share rule of fund " + id + " gives shares to "
                    + String.join(", ", outside) + ", which must stay members");
        }
        members.clear();
        members.addAll(after);
        return true;
    }

    /** The members, unordered and read-only. */
    public Set<String> members() {
        return Collections.unmodifiableSet(members);
    }

    public boolean hasMember(String partnerId) {
        return partnerId != null && members.contains(partnerId);
    }

    /** The members in id order. */
    public List<String> memberList() {
        return List.copyOf(new TreeSet<>(members));
    }

    /** Partners holding a fixed share that are not among the given members, in id order. */
    public Set<String> shareHoldersOutside(Set<String> candidateMembers) {
        Set<String> outside = new TreeSet<>(fixedShares.keySet());
        outside.removeAll(candidateMembers);
        return outside;
    }

    public RiskShare riskShare() {
        return new RiskShare(riskShareRule, fixedShares);
    }

    public FundStatus status() {
        return status;
    }

    /** A closed fund takes no new pledges and funds no new awards; what it has committed can still be paid. */
    public void close() {
        if (!isOpen()) {
            throw ProblemException.conflict("Fund " + id + " is already closed");
        }
        status = FundStatus.CLOSED;
    }

    public boolean isOpen() {
        return status == FundStatus.OPEN;
    }
}
