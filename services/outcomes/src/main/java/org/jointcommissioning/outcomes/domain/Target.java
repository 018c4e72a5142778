package org.jointcommissioning.outcomes.domain;

import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The value an indicator should reach by the end of a period. An indicator holds a set of them (one per period), so
 * that the audit trail can tell them apart: equal when period and value are.
 */
@Embeddable
public class Target {

    public String period;
    public BigDecimal value;

    public Target() {
    }

    public Target(String period, BigDecimal value) {
        this.period = period;
        this.value = value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Target target && Objects.equals(period, target.period)
                && (value == null ? target.value == null : target.value != null && value.compareTo(target.value) == 0);
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, value == null ? null : value.stripTrailingZeros());
    }
}
