package org.jointcommissioning.budgets.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.Instant;

/** A member of the partnership; its id is the org_id its people carry in their tokens. */
@Entity
public class Partner extends PanacheEntityBase {

    @Id
    public String id;
    public String name;
    @Enumerated(EnumType.STRING)
    public PartnerKind kind;
    public Instant createdAt;
}
