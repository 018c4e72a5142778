package org.jointcommissioning.commissioning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;

/**
 * A pooled fund as the budgets service last described it: open or closed, and the partners that are its members.
 * Only a member may commission from a fund, and only while it is open.
 */
@Entity
@Table(name = "fund_membership")
public class FundMembership {

    @Id
    @Column(name = "fund_id")
    public String fundId;
    @Column(name = "host_partner_id")
    public String hostPartnerId;
    public boolean open;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> members;
    /** When budgets made the change this row reflects; an older event changes nothing. */
    @Column(name = "changed_at")
    public Instant changedAt;

    /** Whether the partner may draw on the fund now. */
    public boolean admits(String partnerId) {
        return open && members.contains(partnerId);
    }
}
