package org.jointcommissioning.commissioning.rest;

import org.jointcommissioning.contracts.money.Money;

/** A lot with its state: {@code open} until an award for it is active, then {@code awarded}. */
public record LotResponse(String id, String title, Money estimatedValue, boolean reservedForVoluntarySector,
                          String status) {
}
