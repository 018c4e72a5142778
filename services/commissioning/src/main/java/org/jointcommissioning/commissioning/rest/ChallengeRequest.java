package org.jointcommissioning.commissioning.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An unsuccessful bidder's grounds for challenging an award decision. */
public record ChallengeRequest(@NotBlank @Size(max = Limits.TEXT) String grounds) {
}
