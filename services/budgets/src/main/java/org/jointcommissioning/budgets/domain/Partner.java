package org.jointcommissioning.budgets.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A member of the partnership; its id is the org_id its people carry in their tokens. */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    public String id;
    public String name;
    public PartnerKind kind;
    /** The partner's org-id.guide identifier (GB-LAE-KEN, GB-NHS-RVV), by which open data names it; may be absent. */
    public String identifier;
    @Column(name = "created_at")
    public Instant createdAt;
}
