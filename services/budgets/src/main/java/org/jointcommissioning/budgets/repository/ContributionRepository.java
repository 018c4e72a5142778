package org.jointcommissioning.budgets.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.budgets.domain.Contribution;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.paging.Pages;

@ApplicationScoped
public class ContributionRepository implements PanacheRepositoryBase<Contribution, String> {

    public Page<Contribution> pageOfFund(String fundId, PageRequest request) {
        return Pages.of(find("fundId", Sort.by("recordedAt").and("id"), fundId), request);
    }
}
