package org.jointcommissioning.commissioning.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record AnswerRequest(@NotBlank @Size(max = 4000) String answer) {
}
