package org.jointcommissioning.commissioning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** How the partnership commissions: principles, themes served, evaluation model, third-sector rules. */
@Entity
@Audited
public class Framework {

    @Id
    public String id;
    public String name;
    public String description;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> principles;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> themes;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Criterion> criteria;
    @Column(name = "reserved_lots_allowed")
    public boolean reservedLotsAllowed;
    /** Below this estimated value (GBP) the proportionate process applies; none when null. */
    @Column(name = "proportionate_threshold")
    public BigDecimal proportionateThreshold;
    /** Working days between an award decision and its contract; 0 for none (a contract exempt from standstill). */
    @Column(name = "standstill_working_days")
    public int standstillWorkingDays;
    @Column(name = "created_by_org_id")
    public String createdByOrgId;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;
}
