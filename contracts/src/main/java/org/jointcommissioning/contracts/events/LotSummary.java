package org.jointcommissioning.contracts.events;

import org.jointcommissioning.contracts.money.Money;

/** A lot of a published opportunity. */
public record LotSummary(String lotId, String title, Money estimatedValue, boolean reservedForVoluntarySector) {
}
