package org.jointcommissioning.bidding.rest;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** An LAA indicator the bid will move (such as NI179), and by how much in the indicator's unit. */
public record IndicatorContributionRequest(
        @NotBlank @Size(max = 50) String code,
        @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal expectedImprovement) {
}
