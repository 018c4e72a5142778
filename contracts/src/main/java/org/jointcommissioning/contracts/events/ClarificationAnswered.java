package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import java.time.Instant;

/** A clarification answer, published to every bidder; the asking organisation is never named. */
@JsonClassDescription("The owner's commissioners answered a clarification question: the question and answer are public.")
@Event(type = "commissioning.ClarificationAnswered.v1", topic = Topics.COMMISSIONING_OPPORTUNITIES)
public record ClarificationAnswered(String opportunityId, String ownerOrgId, String questionId, String question,
                                    String answer, Instant answeredAt) {
}
