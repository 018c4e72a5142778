package org.jointcommissioning.outcomes.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.outcomes.domain.Measurement;
import org.jointcommissioning.outcomes.domain.Reading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class MeasurementRepository implements PanacheRepositoryBase<Measurement, String> {

    /** Latest period first (a year before its own fourth quarter), newest revision first within a period. */
    private static final String NEWEST_FIRST = "order by periodEnd desc, length(period) asc, revision desc";

    /**
     * One page of the periods measured, latest first (as {@link #NEWEST_FIRST}), each with its rows newest revision
     * first. Only the page's periods are read, not the whole history.
     */
    public Page<List<Measurement>> byPeriod(String code, PageRequest paging) {
        List<String> periods = getEntityManager().createQuery("""
                        select m.period from Measurement m where m.indicatorCode = ?1
                        group by m.period, m.periodEnd order by m.periodEnd desc, length(m.period) asc, m.period""",
                        String.class)
                .setParameter(1, code).setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = getEntityManager()
                .createQuery("select count(distinct m.period) from Measurement m where m.indicatorCode = ?1", Long.class)
                .setParameter(1, code).getSingleResult();
        Map<String, List<Measurement>> rows = new LinkedHashMap<>();
        periods.forEach(period -> rows.put(period, new ArrayList<>()));
        if (!periods.isEmpty()) {
            list("indicatorCode = ?1 and period in ?2 order by revision desc", code, periods)
                    .forEach(m -> rows.get(m.period).add(m));
        }
        return new Page<>(List.copyOf(rows.values()), paging.page(), paging.size(), total);
    }

    public List<Measurement> ofPeriod(String code, String period) {
        return list("indicatorCode = ?1 and period = ?2 order by revision desc", code, period);
    }

    /** The current value of the latest period measured. */
    public Optional<Measurement> latest(String code) {
        return find("indicatorCode = ?1 " + NEWEST_FIRST, code).firstResultOptional();
    }

    public int nextRevision(String code, String period) {
        Integer last = getEntityManager()
                .createQuery("select max(revision) from Measurement where indicatorCode = ?1 and period = ?2",
                        Integer.class)
                .setParameter(1, code).setParameter(2, period).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    /** The current value of the latest period measured of each of the indicators that has one, in one query. */
    public Map<String, Reading> latestOf(Collection<String> codes) {
        Map<String, Reading> latest = new HashMap<>();
        if (codes.isEmpty()) {
            return latest;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select distinct on (indicator_code) indicator_code, period, value from measurement
                        where indicator_code in (:codes)
                        order by indicator_code, period_end desc, length(period) asc, revision desc""")
                .setParameter("codes", codes).getResultList();
        for (Object[] row : rows) {
            latest.put((String) row[0], new Reading((String) row[1], (BigDecimal) row[2]));
        }
        return latest;
    }
}
