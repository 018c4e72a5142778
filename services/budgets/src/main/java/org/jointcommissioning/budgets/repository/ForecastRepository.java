package org.jointcommissioning.budgets.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.budgets.domain.Forecast;

import java.util.List;
import java.util.Optional;

/** Monthly forecasts per budget line. */
@ApplicationScoped
public class ForecastRepository implements PanacheRepositoryBase<Forecast, String> {

    /** A year's forecasts, month by month, line by line. */
    public List<Forecast> ofYear(String fundId, String yearLabel) {
        return list("fundId = ?1 and yearLabel = ?2", Sort.by("month").and("lineCode"), fundId, yearLabel);
    }

    public Optional<Forecast> find(String fundId, String yearLabel, String month, String lineCode) {
        return find("fundId = ?1 and yearLabel = ?2 and month = ?3 and lineCode = ?4", fundId, yearLabel, month,
                lineCode).firstResultOptional();
    }
}
