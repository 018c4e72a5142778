package org.jointcommissioning.commissioning.domain;

import org.jointcommissioning.contracts.money.Money;

/** An award a commissioner proposes: the lot, the winning bid and the amount (at most the bid's price). */
public record AwardDraft(String lotId, String bidId, Money amount) {
}
