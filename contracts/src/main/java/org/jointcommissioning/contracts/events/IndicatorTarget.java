package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;

/** An LAA indicator that a piece of work is expected to move, and by how much (in the indicator's unit). */
public record IndicatorTarget(String code, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal expectedImprovement) {
}
