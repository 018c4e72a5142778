package org.jointcommissioning.outcomes.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
 * A value reported for an indicator and period. A later value for the same period does not overwrite it:
 * it is stored as the next revision, so the history of what was reported stays visible.
 */
@Entity
@Audited
@Table(name = "measurement")
public class Measurement {

    /** A period's value and its revisions: enough for any real correction history, and a bound for its answer. */
    public static final int MAX_VALUES_PER_PERIOD = 100;

    @Id
    public String id;
    @Column(name = "indicator_code")
    public String indicatorCode;
    public String period;
    /** {@link Period#endQuarter()}, for ordering periods in SQL. */
    @Column(name = "period_end")
    public int periodEnd;
    public int revision;
    public BigDecimal value;
    @Column(name = "data_quality")
    public DataQuality dataQuality;
    public String source;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_by_org")
    public String recordedByOrg;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "measurement_district", joinColumns = @JoinColumn(name = "measurement_id"))
    @OrderColumn(name = "position")
    public List<DistrictValue> districts = new ArrayList<>();

    public StatusCalculator.Point point() {
        return new StatusCalculator.Point(Period.of(period), value);
    }
}
