package org.jointcommissioning.outcomes.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** A risk to delivering one or more indicators. The score is likelihood times impact, kept for sorting. */
@Entity
@Audited
@Table(name = "risk")
public class Risk {

    @Id
    public String id;
    public String title;
    public int likelihood;
    public int impact;
    public int score;
    public String mitigation;
    public String owner;
    public RiskStatus status;
    /** Changes with every update; the API shows it as the ETag. */
    @Version
    public long version;
    /** The organisation that raised the risk and may change it. */
    @Column(name = "org_id")
    public String orgId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "risk_indicator", joinColumns = @JoinColumn(name = "risk_id"))
    @Column(name = "indicator_code")
    public Set<String> indicatorCodes = new TreeSet<>();
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public void assess(int likelihood, int impact) {
        this.likelihood = likelihood;
        this.impact = impact;
        this.score = likelihood * impact;
    }
}
