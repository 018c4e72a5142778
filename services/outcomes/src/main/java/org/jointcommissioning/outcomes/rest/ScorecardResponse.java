package org.jointcommissioning.outcomes.rest;

import java.util.List;

/**
 * The whole agreement at a glance: one entry per theme (by name), and the NI179 value-for-money line
 * when the agreement has that indicator (null otherwise).
 */
public record ScorecardResponse(List<ThemeScorecard> themes, ValueForMoney valueForMoney) {
}
