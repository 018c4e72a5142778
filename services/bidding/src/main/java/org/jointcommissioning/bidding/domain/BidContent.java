package org.jointcommissioning.bidding.domain;

import org.jointcommissioning.contracts.events.BidOpened;
import org.jointcommissioning.contracts.events.IndicatorTarget;

import java.util.List;

/**
 * The sealed content of a bid besides its price, kept as one document: it is read and written whole,
 * and travels unchanged in {@code BidOpened}.
 */
public record BidContent(
        List<BidOpened.Answer> answers,
        List<BidOpened.SocialValueCommitment> socialValue,
        List<IndicatorTarget> indicatorContributions,
        List<BidOpened.ConsortiumMember> consortium) {
}
