package org.jointcommissioning.outcomes.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The owner's answer to a challenge. */
public record ChallengeAnswer(@NotBlank @Size(max = 4000) String response) {
}
