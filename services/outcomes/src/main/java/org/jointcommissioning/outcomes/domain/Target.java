package org.jointcommissioning.outcomes.domain;

import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** The value an indicator should reach by the end of a period. */
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
}
