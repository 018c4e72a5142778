package org.jointcommissioning.commissioning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One OCDS release, written in the transaction of the change it describes; never changed afterwards. */
@Entity
@Table(name = "ocds_release")
public class OcdsRelease {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;
    @Column(name = "release_id")
    public String releaseId;
    @Column(name = "opportunity_id")
    public String opportunityId;
    @Column(name = "released_at")
    public Instant releasedAt;
    /** The release as JSON. */
    public String body;
}
