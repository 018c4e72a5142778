package org.jointcommissioning.outcomes.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.outcomes.domain.OpenRisk;
import org.jointcommissioning.outcomes.domain.Risk;
import org.jointcommissioning.outcomes.domain.RiskStatus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class RiskRepository implements PanacheRepositoryBase<Risk, String> {

    public Risk require(String id) {
        Risk risk = findById(id);
        if (risk == null) {
            throw ProblemException.notFound("Risk", id);
        }
        return risk;
    }

    /** Highest score first; ties by id, so that pages are stable. */
    public Page<Risk> list(RiskStatus status, String indicatorCode, PageRequest paging) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (status != null) {
            where.add("r.status = :status");
            params.and("status", status);
        }
        if (indicatorCode != null) {
            where.add(":code member of r.indicatorCodes");
            params.and("code", indicatorCode);
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        var query = find("from Risk r" + filter + " order by r.score desc, r.id", params);
        return new Page<>(query.page(paging.page(), paging.size()).list(), paging.page(), paging.size(),
                count("from Risk r" + filter, params));
    }

    /** The open risks to any of the indicators, a row per indicator, highest score first (ties by id), in one query. */
    public List<OpenRisk> openFor(Collection<String> indicatorCodes) {
        if (indicatorCodes.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("""
                        select new org.jointcommissioning.outcomes.domain.OpenRisk(code, r.id, r.title, r.score, r.owner)
                        from Risk r join r.indicatorCodes code
                        where r.status = :open and code in :codes order by r.score desc, r.id""", OpenRisk.class)
                .setParameter("open", RiskStatus.OPEN).setParameter("codes", indicatorCodes).getResultList();
    }
}
