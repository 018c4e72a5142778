package org.jointcommissioning.commissioning.domain;


import java.math.BigDecimal;

/** The search of the public listing; every part is optional. Values compare with the total estimated value. */
public record OpportunityFilter(String q, OpportunityStatus status, String theme, String indicator,
                                BigDecimal minValue, BigDecimal maxValue, String frameworkId) {
}
