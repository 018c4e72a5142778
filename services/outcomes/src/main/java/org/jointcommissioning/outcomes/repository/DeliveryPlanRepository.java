package org.jointcommissioning.outcomes.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.outcomes.domain.DeliveryPlan;

/** Delivery plans, one per indicator, keyed by its code. */
@ApplicationScoped
public class DeliveryPlanRepository implements PanacheRepositoryBase<DeliveryPlan, String> {
}
