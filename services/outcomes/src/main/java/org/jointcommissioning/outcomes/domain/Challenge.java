package org.jointcommissioning.outcomes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A question put by another partnership to an indicator's owner about its delivery. */
@Entity
@Table(name = "challenge")
public class Challenge {

    @Id
    public String id;
    @Column(name = "indicator_code")
    public String indicatorCode;
    public ChallengeState state;
    public String question;
    @Column(name = "raised_by")
    public String raisedBy;
    @Column(name = "raised_by_org")
    public String raisedByOrg;
    @Column(name = "raised_at")
    public Instant raisedAt;
    public String response;
    @Column(name = "answered_by")
    public String answeredBy;
    @Column(name = "answered_at")
    public Instant answeredAt;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
}
