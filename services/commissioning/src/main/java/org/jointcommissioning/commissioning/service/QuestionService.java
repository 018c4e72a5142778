package org.jointcommissioning.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.domain.Question;
import org.jointcommissioning.commissioning.repository.QuestionRepository;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.outbox.EventPublisher;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.contracts.events.ClarificationAnswered;

import java.time.Clock;
import java.util.UUID;

/** Bidders ask before the clarification deadline; the owner's commissioners answer to everyone. */
@ApplicationScoped
public class QuestionService {

    @Inject
    QuestionRepository questions;

    @Inject
    OpportunityAccess access;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    EventPublisher events;

    @Transactional
    public Question ask(String opportunityId, String text) {
        String orgId = caller.requireOrgId();
        Opportunity opportunity = access.visible(opportunityId);
        if (opportunity.status() != OpportunityStatus.PUBLISHED
                || !clock.instant().isBefore(opportunity.clarificationDeadline)) {
            throw ProblemException.conflict("Questions close at the clarification deadline, "
                    + opportunity.clarificationDeadline);
        }
        Question question = new Question();
        question.id = UUID.randomUUID().toString();
        question.opportunityId = opportunityId;
        question.askerOrgId = orgId;
        question.text = text;
        question.askedAt = clock.instant();
        questions.persist(question);
        return question;
    }

    @Transactional
    public Question answer(String opportunityId, String questionId, String answer) {
        Opportunity opportunity = access.owned(opportunityId);
        Question question = questions.findById(questionId);
        if (question == null || !question.opportunityId.equals(opportunityId)) {
            throw ProblemException.notFound("Question", questionId);
        }
        if (question.answer != null) {
            throw ProblemException.conflict("The question is already answered");
        }
        question.answer = answer;
        question.answeredAt = clock.instant();
        events.publish(opportunityId, new ClarificationAnswered(opportunityId, opportunity.ownerOrgId, question.id,
                question.text, answer, question.answeredAt));
        return question;
    }

    /**
     * Answered questions to anyone; a bidder also sees its own organisation's unanswered ones, and the owner's
     * commissioners see all. Oldest first, then by id.
     */
    public Page<Question> list(String opportunityId, PageRequest page) {
        Opportunity opportunity = access.visible(opportunityId);
        String askerOrg = caller.hasRole(Roles.BIDDER) ? caller.orgId().orElse(null) : null;
        if (access.isOwnersCommissioner(opportunity)) {
            return questions.allOf(opportunityId, page);
        }
        if (askerOrg != null) {
            return questions.answeredOrAskedBy(opportunityId, askerOrg, page);
        }
        return questions.answered(opportunityId, page);
    }
}
