package org.jointcommissioning.commissioning.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.commissioning.domain.Question;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.paging.Pages;

/** Clarification questions on opportunities. */
@ApplicationScoped
public class QuestionRepository implements PanacheRepositoryBase<Question, String> {

    /** Every question on the opportunity, oldest first: for its owner and the auditor. */
    public Page<Question> allOf(String opportunityId, PageRequest page) {
        return Pages.of(find("opportunityId = ?1 order by askedAt, id", opportunityId), page);
    }

    /** The answered questions and the organisation's own, oldest first: for a bidder. */
    public Page<Question> answeredOrAskedBy(String opportunityId, String askerOrgId, PageRequest page) {
        PanacheQuery<Question> query = find(
                "opportunityId = ?1 and (answer is not null or askerOrgId = ?2) order by askedAt, id", opportunityId, askerOrgId);
        return Pages.of(query, page);
    }

    /** The answered questions, oldest first: for everyone else. */
    public Page<Question> answered(String opportunityId, PageRequest page) {
        return Pages.of(find("opportunityId = ?1 and answer is not null order by askedAt, id", opportunityId), page);
    }
}
