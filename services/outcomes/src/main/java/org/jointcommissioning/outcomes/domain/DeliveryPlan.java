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
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** How the owning partnership means to move an indicator: an owner and a list of actions. */
@Entity
@Audited
@Table(name = "delivery_plan")
public class DeliveryPlan {

    @Id
    @Column(name = "indicator_code")
    public String indicatorCode;
    public String owner;
    /** Changes with every update; the API shows it as the ETag. */
    @Version
    public long version;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "delivery_action", joinColumns = @JoinColumn(name = "indicator_code"))
    @OrderColumn(name = "position")
    public List<PlanAction> actions = new ArrayList<>();
}
