package org.jointcommissioning.commissioning.domain;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;

/**
 * An LAA indicator the opportunity is expected to move, and by how much (in the indicator's unit), as the
 * opportunity keeps it; the decimal is stored as a string, as the column has always held it.
 */
public record IndicatorGoal(String code, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal expectedImprovement) {
}
