package org.jointcommissioning.commissioning.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The commissioner's decision on a challenge, with the reasons the challenger is given. */
public record ChallengeAnswerRequest(@NotNull ChallengeDecision decision,
                                     @NotBlank @Size(max = Limits.TEXT) String reasons) {
}
