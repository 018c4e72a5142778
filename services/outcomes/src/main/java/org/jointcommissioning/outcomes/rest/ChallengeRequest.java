package org.jointcommissioning.outcomes.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The question another partnership puts to an indicator's owner. */
public record ChallengeRequest(@NotBlank @Size(max = 4000) String question) {
}
