package org.jointcommissioning.commissioning.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** Scores 0-100 of each quality and social-value criterion, by criterion id, and the evaluators' comment. */
public record ScoreRequest(@NotNull Map<String, Integer> scores, @NotBlank @Size(max = 4000) String comment) {
}
