package org.jointcommissioning.budgets.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The host's forecast outturn of one budget line for the whole year, as at the end of a month; recorded again for
 * the same month it replaces the earlier figure (the audit trail keeps both).
 */
@Entity
@Audited
@Table(name = "forecast")
public class Forecast {

    @Id
    public String id;
    @Column(name = "fund_id")
    public String fundId;
    @Column(name = "year_label")
    public String yearLabel;
    public String month;
    @Column(name = "line_code")
    public String lineCode;
    public BigDecimal amount;
    public String source;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;
}
