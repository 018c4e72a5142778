package org.jointcommissioning.commissioning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;

/** A commissioner's scores (0-100) of a bid's quality and social-value criteria, with a comment. */
@Entity
@Audited
public class Evaluation {

    @Id
    @Column(name = "bid_id")
    public String bidId;
    @Column(name = "opportunity_id")
    public String opportunityId;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> scores;
    public String comment;
    @Column(name = "scored_by")
    public String scoredBy;
    @Column(name = "scored_at")
    public Instant scoredAt;
}
