package org.jointcommissioning.outcomes.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import java.util.LinkedHashSet;

/** An LAA indicator: what is measured, who owns it, where it starts and where it should get to. */
@Entity
@Audited
@Table(name = "indicator")
public class Indicator {

    /** The most indicators one agreement tracks: the national set had 198; this bounds every scorecard list. */
    public static final int MAX_PER_AGREEMENT = 500;

    @Id
    public String code;
    public String title;
    public IndicatorKind kind;
    public Polarity polarity;
    public String unit;
    public String theme;
    @Column(name = "owner_partnership")
    public String ownerPartnership;
    /** Partners besides the owner who deliver towards it: they report measurements and their contracts count. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_contributor", joinColumns = @JoinColumn(name = "indicator_code"))
    @Column(name = "partner_id")
    public Set<String> contributors = new HashSet<>();
    @Column(name = "baseline_period")
    public String baselinePeriod;
    @Column(name = "baseline_value")
    public BigDecimal baselineValue;
    public RagStatus status;
    /** Changes with every update; the API shows it as the ETag. */
    @Version
    public long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_target", joinColumns = @JoinColumn(name = "indicator_code"))
    @OrderBy("period")
    public Set<Target> targets = new LinkedHashSet<>();
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Whether a partner owns this indicator or contributes to it. */
    public boolean hasPart(String partnerId) {
        return partnerId != null && (partnerId.equals(ownerPartnership) || contributors.contains(partnerId));
    }

    public StatusCalculator.Point baseline() {
        return new StatusCalculator.Point(Period.of(baselinePeriod), baselineValue);
    }

    public List<StatusCalculator.Point> targetPoints() {
        return targets.stream().map(t -> new StatusCalculator.Point(Period.of(t.period), t.value)).toList();
    }

    /** How far a value has moved from the baseline in the good direction (negative when it got worse). */
    public BigDecimal improvementTo(BigDecimal value) {
        BigDecimal change = value.subtract(baselineValue);
        return polarity == Polarity.HIGHER_IS_BETTER ? change : change.negate();
    }
}
