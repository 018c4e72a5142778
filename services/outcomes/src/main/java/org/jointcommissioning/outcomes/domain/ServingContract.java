package org.jointcommissioning.outcomes.domain;

import java.math.BigDecimal;

/** A contract still linked to an indicator (not cancelled), with the money it commits. */
public record ServingContract(String indicatorCode, String awardId, BigDecimal amount) {
}
