package org.jointcommissioning.outcomes.domain;

import java.math.BigDecimal;

/** A value for a period (2026-27, 2026-27-Q2): a baseline, a target or a measurement. */
public record Reading(String period, BigDecimal value) {
}
