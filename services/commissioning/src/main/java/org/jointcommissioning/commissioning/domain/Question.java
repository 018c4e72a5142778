package org.jointcommissioning.commissioning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;

/** A bidder's clarification question; the asker is kept only to show them their own, never published. */
@Entity
public class Question {

    @Id
    public String id;
    @Column(name = "opportunity_id")
    public String opportunityId;
    @Column(name = "asker_org_id")
    public String askerOrgId;
    public String text;
    public String answer;
    @Column(name = "asked_at")
    public Instant askedAt;
    @Column(name = "answered_at")
    public Instant answeredAt;
}
