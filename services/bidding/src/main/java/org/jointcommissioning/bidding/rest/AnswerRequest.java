package org.jointcommissioning.bidding.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The answer to one quality or social-value criterion. */
public record AnswerRequest(
        @NotBlank @Size(max = 100) String criterionId,
        @NotNull @Size(max = 10_000, message = "must be at most 10000 characters") String text) {
}
