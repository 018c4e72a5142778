package org.jointcommissioning.contracts.events;

import org.jointcommissioning.contracts.money.Money;

/** One partner's part of an amount split among a fund's partners. */
public record PartnerAmount(String partnerId, Money amount) {
}
