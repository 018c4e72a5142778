package org.jointcommissioning.budgets.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.budgets.domain.BudgetLine;

import java.util.List;
import java.util.Optional;

/** Budget lines of funds' years. */
@ApplicationScoped
public class BudgetLineRepository implements PanacheRepositoryBase<BudgetLine, String> {

    public List<BudgetLine> ofYear(String fundId, String yearLabel) {
        return list("fundId = ?1 and yearLabel = ?2", Sort.by("code"), fundId, yearLabel);
    }

    public Optional<BudgetLine> find(String fundId, String yearLabel, String code) {
        return find("fundId = ?1 and yearLabel = ?2 and code = ?3", fundId, yearLabel, code).firstResultOptional();
    }

    /** Whether any year of the fund has a line with the code. */
    public boolean exists(String fundId, String code) {
        return count("fundId = ?1 and code = ?2", fundId, code) > 0;
    }
}
