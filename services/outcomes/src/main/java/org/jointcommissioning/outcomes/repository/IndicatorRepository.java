package org.jointcommissioning.outcomes.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.outcomes.domain.Indicator;
import org.jointcommissioning.outcomes.domain.IndicatorFilter;
import org.jointcommissioning.outcomes.domain.IndicatorStanding;

import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {

    public Indicator require(String code) {
        Indicator indicator = findById(code);
        if (indicator == null) {
            throw ProblemException.notFound("Indicator", code);
        }
        return indicator;
    }

    /** The advisory lock that adding an indicator holds, so that two additions cannot both pass the cap. */
    private static final long ADDITION_LOCK = 0x6f7574636f6d6573L;

    /** How many indicators there are, counted under the addition lock, held until the transaction ends. */
    public long countForAddition() {
        getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(:lock)) as locked")
                .setParameter("lock", ADDITION_LOCK).getResultList();
        return count();
    }

    /** Sorted by code. */
    public Page<Indicator> list(IndicatorFilter filter, PageRequest paging) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.kind() != null) {
            where.add("kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.theme() != null) {
            where.add("theme = :theme");
            params.and("theme", filter.theme());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (filter.owner() != null) {
            where.add("ownerPartnership = :owner");
            params.and("owner", filter.owner());
        }
        var query = where.isEmpty() ? findAll(Sort.by("code"))
                : find(String.join(" and ", where), Sort.by("code"), params);
        List<Indicator> items = query.page(paging.page(), paging.size()).list();
        return new Page<>(items, paging.page(), paging.size(), query.count());
    }

    /** Every indicator's code, in order. */
    public List<String> allCodes() {
        return getEntityManager().createQuery("select code from Indicator order by code", String.class).getResultList();
    }

    /** The codes of the indicators a partner delivers: those it owns and those it contributes to. */
    public List<String> codesDeliveredBy(String partnerId) {
        return getEntityManager().createNativeQuery("""
                        select code from indicator where owner_partnership = :org
                        union select indicator_code from indicator_contributor where partner_id = :org""", String.class)
                .setParameter("org", partnerId).getResultList();
    }

    /** Every indicator's standing, by theme then code, in one query (the scorecard's rows). */
    public List<IndicatorStanding> standings() {
        return getEntityManager().createQuery("""
                        select new org.jointcommissioning.outcomes.domain.IndicatorStanding(
                            i.code, i.title, i.theme, i.status, i.ownerPartnership)
                        from Indicator i order by i.theme, i.code""", IndicatorStanding.class)
                .getResultList();
    }
}
