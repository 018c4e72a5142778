package org.jointcommissioning.commissioning.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.commissioning.domain.ScoreDraft;

import java.util.Map;

/**
 * Scores 0-100 of each quality and social-value criterion, by criterion id, and the evaluators' comment. The ids and
 * the range are checked against the opportunity's criteria, each problem naming {@code scores.<criterion id>}.
 */
public record ScoreRequest(
        @Schema(maxProperties = 20, additionalProperties = GivenScore.class,
                description = "By criterion id (at most " + Limits.CRITERION_ID + " characters): a whole number 0-100")
        @NotNull @Size(max = 20) Map<String, Integer> scores,
        @NotBlank @Size(max = Limits.TEXT) String comment) {

    /** A commissioner's score of one criterion. */
    @Schema(name = "GivenScore", type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "100")
    interface GivenScore {
    }

    public ScoreDraft draft() {
        return new ScoreDraft(scores, comment);
    }
}
