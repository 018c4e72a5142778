package org.jointcommissioning.commissioning.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.commissioning.domain.Evaluation;

import java.util.List;

/** Each opened bid's scores, keyed by the bid. */
@ApplicationScoped
public class EvaluationRepository implements PanacheRepositoryBase<Evaluation, String> {

    public List<Evaluation> ofOpportunity(String opportunityId) {
        return list("opportunityId", opportunityId);
    }
}
