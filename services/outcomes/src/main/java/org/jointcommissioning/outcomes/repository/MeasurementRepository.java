package org.jointcommissioning.outcomes.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.outcomes.domain.Measurement;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MeasurementRepository implements PanacheRepositoryBase<Measurement, String> {

    /** Latest period first (a year before its own fourth quarter), newest revision first within a period. */
    private static final String NEWEST_FIRST = "order by periodEnd desc, length(period) asc, revision desc";

    public List<Measurement> history(String code) {
        return list("indicatorCode = ?1 " + NEWEST_FIRST, code);
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
}
