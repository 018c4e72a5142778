package org.jointcommissioning.budgets.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.budgets.domain.CommitmentPlan;

import java.util.List;

/** The line and payment schedule of awards' commitments. */
@ApplicationScoped
public class CommitmentPlanRepository implements PanacheRepositoryBase<CommitmentPlan, String> {

    public List<CommitmentPlan> ofFund(String fundId) {
        return list("fundId", fundId);
    }
}
