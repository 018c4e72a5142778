package org.jointcommissioning.commissioning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * A partner as the budgets service last named it, so that open data names the buyers and funders: its name and,
 * when it has one, its organisation identifier in the org-id.guide form (GB-LAE-KEN).
 */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    public String id;
    public String name;
    public String identifier;
    /** When budgets made the change that named it; an older naming changes nothing. */
    @Column(name = "changed_at")
    public Instant changedAt;

    public Optional<OrgId> orgId() {
        return OrgId.parse(identifier);
    }
}
