package org.jointcommissioning.commissioning.rest;

import org.jointcommissioning.commissioning.domain.Question;

import java.time.Instant;

/** A clarification question as everyone sees it: never who asked. {@code answer} is null until answered. */
public record QuestionResponse(String id, String opportunityId, String text, String answer, Instant askedAt,
                               Instant answeredAt) {

    static QuestionResponse of(Question q) {
        return new QuestionResponse(q.id, q.opportunityId, q.text, q.answer, q.askedAt, q.answeredAt);
    }
}
