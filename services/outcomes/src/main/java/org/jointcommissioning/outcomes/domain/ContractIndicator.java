package org.jointcommissioning.outcomes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** An indicator a contract should move, and by how much in the indicator's unit. */
@Embeddable
public class ContractIndicator {

    @Column(name = "indicator_code")
    public String indicatorCode;
    @Column(name = "expected_improvement")
    public BigDecimal expectedImprovement;

    public ContractIndicator() {
    }

    public ContractIndicator(String indicatorCode, BigDecimal expectedImprovement) {
        this.indicatorCode = indicatorCode;
        this.expectedImprovement = expectedImprovement;
    }
}
