package org.jointcommissioning.bidding.domain;

import org.jointcommissioning.contracts.money.Money;

/** What a bidder writes into a bid, on submission or on a change: its price and its sealed content. */
public record BidDraft(Money price, BidContent content) {
}
