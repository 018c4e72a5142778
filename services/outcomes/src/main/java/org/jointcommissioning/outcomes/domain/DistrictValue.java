package org.jointcommissioning.outcomes.domain;

import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** A measurement's value for one district. */
@Embeddable
public class DistrictValue {

    public String district;
    public BigDecimal value;

    public DistrictValue() {
    }

    public DistrictValue(String district, BigDecimal value) {
        this.district = district;
        this.value = value;
    }
}
