package org.jointcommissioning.budgets.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.budgets.domain.FinancialYear;
import org.jointcommissioning.budgets.domain.FundYear;
import org.jointcommissioning.budgets.domain.YearStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Funds' financial years. */
@ApplicationScoped
public class YearRepository implements PanacheRepositoryBase<FundYear, String> {

    public Optional<FundYear> of(String fundId, FinancialYear year) {
        return find("fundId = ?1 and label = ?2", fundId, year.label()).firstResultOptional();
    }

    public List<FundYear> ofFund(String fundId) {
        return list("fundId", Sort.by("label"), fundId);
    }

    /** Whether the year a date falls in is closed for the fund: nothing may then be posted on that date. */
    public boolean isClosed(String fundId, LocalDate date) {
        return count("fundId = ?1 and label = ?2 and status = ?3", fundId, FinancialYear.containing(date).label(),
                YearStatus.CLOSED) > 0;
    }
}
