package org.jointcommissioning.commissioning.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.commissioning.domain.Question;

import java.time.Instant;

/** A clarification question as everyone sees it: never who asked. {@code answer} is left out until answered. */
public record QuestionResponse(
        @Schema(required = true, maxLength = Limits.ID) String id,
        @Schema(required = true, maxLength = Limits.ID) String opportunityId,
        @Schema(required = true, maxLength = Limits.TEXT) String text,
        @Schema(description = "The answer to all bidders, once given", maxLength = Limits.TEXT) String answer,
        @Schema(required = true) Instant askedAt,
        @Schema(description = "When it was answered, once it is") Instant answeredAt) {

    static QuestionResponse of(Question q) {
        return new QuestionResponse(q.id, q.opportunityId, q.text, q.answer, q.askedAt, q.answeredAt);
    }
}
