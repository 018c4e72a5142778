package org.jointcommissioning.outcomes.rest;

import java.util.List;

/** The contracts serving an indicator (oldest award first) and what they add up to. */
public record IndicatorContractsResponse(String code, ValueForMoney valueForMoney, List<LinkedContract> contracts) {
}
