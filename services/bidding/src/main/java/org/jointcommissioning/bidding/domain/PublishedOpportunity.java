package org.jointcommissioning.bidding.domain;

import java.math.BigDecimal;
import java.util.List;

/** The parts of a publication that saved searches look at, besides its words. */
public record PublishedOpportunity(List<String> themes, List<String> indicators, BigDecimal totalValue,
                                   boolean hasReservedLot) {
}
