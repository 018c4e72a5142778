package org.jointcommissioning.bidding.domain;

import org.jointcommissioning.contracts.money.Money;

/** A lot of an opportunity, as commissioning published it: what a bid is for. */
public record Lot(String lotId, String title, Money estimatedValue, boolean reservedForVoluntarySector) {
}
