package org.jointcommissioning.commissioning.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A weighted evaluation criterion; the weights of an evaluation model sum to 100. */
public record Criterion(
        @NotBlank @Size(max = 50) String id,
        @NotBlank @Size(max = 200) String name,
        @NotNull CriterionKind kind,
        @Min(0) @Max(100) int weight) {
}
